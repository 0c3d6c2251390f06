using BioBridge.Language;

namespace BioBridge.Features.Directory;

/// <summary>A bio cluster whose members the platform connects; its figures are the operator's own.</summary>
public sealed class Cluster
{
    public const string SeoulBioHub = "seoul-bio-hub";
    public const string Liangjiang = "liangjiang";
    public const string Other = "other";

    public required string Id { get; init; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? DescriptionKo { get; set; }
    public string? DescriptionZh { get; set; }
    public string? DescriptionEn { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public int? SinceYear { get; set; }
    public int? AreaSquareMeters { get; set; }
    public int? AreaSquareMetersPlanned { get; set; }
    public int? ReportedCompanies { get; set; }
    public int? ReportedCompaniesPlanned { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
    public LocalizedText Description => new(DescriptionKo, DescriptionZh, DescriptionEn);
}
