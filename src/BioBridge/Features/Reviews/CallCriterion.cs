using BioBridge.Language;

namespace BioBridge.Features.Reviews;

/// <summary>One criterion of a call's rubric, scored on ScaleMin..ScaleMax and weighed by Weight.</summary>
public sealed class CallCriterion
{
    /// <summary>Its TranslationJob.Subject: its name is translated by the queue while its call is published.</summary>
    public const string TranslationSubject = "criterion";

    public int Id { get; private set; }
    public int CallId { get; set; }
    public int Position { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public double Weight { get; set; } = 1;
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;

    /// <summary>How each language of the name came about (TranslationStates); absent: all written by the organizer.</summary>
    public string? TextStates { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
    public TranslatedText NameVersions => ColumnTexts.Versions(TextStates, "name", Name);

    public ColumnTexts Texts() => new ColumnTexts(TextStates, s => TextStates = s)
        .With("name", Name, (l, t) => _ = l switch { "ko" => NameKo = t, "zh" => NameZh = t, _ => NameEn = t });

    public RankingCriterion ToRanking() => new(Id, Weight, ScaleMin, ScaleMax);
}
