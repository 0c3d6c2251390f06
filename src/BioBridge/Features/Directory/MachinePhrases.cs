using System.Text.Json;

namespace BioBridge.Features.Directory;

/// <summary>The packed column of an organization's machine-translated phrase lists: {"offers.ko": ["...", ...]}.</summary>
public static class MachinePhrases
{
    public static Dictionary<string, List<string>> Read(string? packed) =>
        string.IsNullOrEmpty(packed) ? [] : JsonSerializer.Deserialize<Dictionary<string, List<string>>>(packed) ?? [];

    public static string? With(string? packed, string key, IReadOnlyList<string>? phrases)
    {
        var lists = Read(packed);
        if (phrases is null || phrases.Count == 0)
            lists.Remove(key);
        else
            lists[key] = [.. phrases];
        return lists.Count == 0 ? null : JsonSerializer.Serialize(new SortedDictionary<string, List<string>>(lists, StringComparer.Ordinal));
    }
}
