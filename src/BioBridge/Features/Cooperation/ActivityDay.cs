namespace BioBridge.Features.Cooperation;

/// <summary>
/// How many meeting requests were sent, meetings held or follow-ups given on one day, by the set of clusters the
/// record touches (sorted cluster ids joined with ','): the partnering streams pre-aggregated for the dashboard.
/// Kept current in the transaction of every save (<see cref="ActivityCounting"/>) and rebuilt from the records by
/// `cooperation rebuild-summaries`. A day rather than a month, so that every period of the dashboard is a sum of
/// whole rows; a set of clusters rather than one, so that a meeting between two clusters counts once for a filter
/// naming both.
/// </summary>
public sealed class ActivityDay
{
    public const int MaxClustersLength = 200;

    public ActivityMeasure Measure { get; set; }
    public DateOnly Day { get; set; }
    public string Clusters { get; set; } = "";
    public long Count { get; set; }
}
