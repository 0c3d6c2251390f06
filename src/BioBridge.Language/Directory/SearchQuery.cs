namespace BioBridge.Language;

public sealed class SearchQuery
{
    public string Text { get; init; } = "";
    public string? Cluster { get; init; }
    /// <summary>Keeps organizations tagged with this concept or any narrower one.</summary>
    public string? ConceptCode { get; init; }
    public string? ExportRegion { get; init; }
    public string? Kind { get; init; }
    public bool IncludeUnpublished { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}
