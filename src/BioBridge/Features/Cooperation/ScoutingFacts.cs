namespace BioBridge.Features.Cooperation;

/// <summary>Scouting facts the directory does not hold: growth, R&D intensity and awards, as an operator recorded them.</summary>
public sealed class ScoutingFacts
{
    public int OrganizationId { get; set; }
    /// <summary>Year-over-year growth of revenue (or headcount where revenue is not disclosed), in percent.</summary>
    public double? GrowthPercent { get; set; }
    /// <summary>R&D spending as a share of revenue, in percent.</summary>
    public double? RdIntensityPercent { get; set; }
    public int Awards { get; set; }
    public int? AsOfYear { get; set; }
}
