namespace BioBridge.Shared;

/// <summary>Rows to skip for a 1-based page: computed in 64 bits, so page 2147483647 is a page past the end, not page 1.</summary>
public static class Paging
{
    public static int Skip(int page, int pageSize) => (int)Math.Clamp(((long)page - 1) * pageSize, 0, int.MaxValue);
}
