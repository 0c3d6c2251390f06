using BioBridge.Language;

namespace BioBridge.Features.Cooperation;

/// <summary>An agreement between cities, clusters or organizations, e.g. the Seoul Bio Hub - Liangjiang MOU.</summary>
public sealed class Agreement
{
    public int Id { get; private set; }
    public required string Slug { get; init; }
    public AgreementKind Kind { get; set; }
    public string? TitleKo { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryKo { get; set; }
    public string? SummaryZh { get; set; }
    public string? SummaryEn { get; set; }
    public DateOnly SignedOn { get; set; }
    /// <summary>Scope areas as stable keys, e.g. company-discovery, company-exchange, rd-expansion.</summary>
    public List<string> ScopeAreas { get; set; } = [];
    public List<AgreementParty> Parties { get; set; } = [];
    public bool IsPublished { get; set; } = true;

    public LocalizedText Title => new(TitleKo, TitleZh, TitleEn);
    public LocalizedText Summary => new(SummaryKo, SummaryZh, SummaryEn);
}
