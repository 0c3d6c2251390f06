using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// The explainable innovation score (0-100) of docs/cooperation.md: five components, each scaled to 0..1 against a
/// saturation point and weighted; a missing fact counts 0 and says so, so the score never rewards silence.
/// </summary>
public static class InnovationScore
{
    public const double PatentsWeight = 0.30, GrowthWeight = 0.20, ExportWeight = 0.20, RdWeight = 0.20, AwardsWeight = 0.10;
    // Saturation points: at or beyond them a component is full.
    public const int PatentsFull = 50, ExportRegionsFull = 5, AwardsFull = 5;
    public const double GrowthFullPercent = 50, RdFullPercent = 30;

    /// <summary>
    /// The score as this reader may see it. Patents are a figure: a reader who may not read the organization's figures
    /// gets the score without them, and is told so, never a total or a basis that gives them away.
    /// </summary>
    public static InnovationScoreResult For(Reader reader, ScoredOrganization o, ScoutingFacts? facts) =>
        reader.Sees(o.Figures, o.Id, o.ClusterId)
            ? For(o.Patents, o.ExportRegions, facts)
            : For(null, o.ExportRegions, facts, patentsBasis: "figures not shared with you");

    // Private: every caller goes through the reader's visibility above.
    static InnovationScoreResult For(int? patents, IReadOnlyCollection<string> exportRegions, ScoutingFacts? facts,
        string patentsBasis = "no data")
    {
        ScoreComponent Part(string key, double weight, double? raw, double share, string basis) =>
            new(key, weight, raw, Math.Round(weight * Math.Clamp(share, 0, 1) * 100, 1), basis);

        var components = new List<ScoreComponent>
        {
            // Logarithmic: the first patents say more than the fiftieth.
            Part("patents", PatentsWeight, patents, patents is > 0 ? Math.Log(1 + patents.Value) / Math.Log(1 + PatentsFull) : 0,
                patents is null ? patentsBasis : $"{patents} patents, full at {PatentsFull}"),
            Part("growth", GrowthWeight, facts?.GrowthPercent, (facts?.GrowthPercent ?? 0) / GrowthFullPercent,
                facts?.GrowthPercent is { } g ? $"{g:0.#}% a year, full at {GrowthFullPercent}%" : "no data"),
            Part("export-reach", ExportWeight, exportRegions.Count, (double)exportRegions.Count / ExportRegionsFull,
                $"{exportRegions.Count} export regions, full at {ExportRegionsFull}"),
            Part("rd-intensity", RdWeight, facts?.RdIntensityPercent, (facts?.RdIntensityPercent ?? 0) / RdFullPercent,
                facts?.RdIntensityPercent is { } r ? $"R&D {r:0.#}% of revenue, full at {RdFullPercent}%" : "no data"),
            Part("awards", AwardsWeight, facts?.Awards, (double)(facts?.Awards ?? 0) / AwardsFull,
                $"{facts?.Awards ?? 0} awards, full at {AwardsFull}"),
        };
        return new InnovationScoreResult(Math.Round(components.Sum(c => c.Points), 1), components);
    }
}
