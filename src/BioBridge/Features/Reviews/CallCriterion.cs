using BioBridge.Language;

namespace BioBridge.Features.Reviews;

/// <summary>One criterion of a call's rubric, scored on ScaleMin..ScaleMax and weighed by Weight.</summary>
public sealed class CallCriterion
{
    public int Id { get; private set; }
    public int CallId { get; set; }
    public int Position { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public double Weight { get; set; } = 1;
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;

    public LocalizedText Name => new(NameKo, NameZh, NameEn);

    public RankingCriterion ToRanking() => new(Id, Weight, ScaleMin, ScaleMax);
}
