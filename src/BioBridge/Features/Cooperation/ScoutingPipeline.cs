namespace BioBridge.Features.Cooperation;

/// <summary>A cluster's watchlist of organizations its operators scout; only that cluster's operators (or admins) manage it.</summary>
public sealed class ScoutingPipeline
{
    public const int MaxNameLength = FieldLengths.Name;

    public int Id { get; private set; }
    public required string ClusterId { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public bool IsSample { get; set; }
    public List<WatchlistEntry> Entries { get; set; } = [];
}
