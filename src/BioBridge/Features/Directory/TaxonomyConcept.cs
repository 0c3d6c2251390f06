namespace BioBridge.Features.Directory;

/// <summary>The taxonomy as loaded into the database, so SQL reports can group by concept.</summary>
public sealed class TaxonomyConcept
{
    public required string Code { get; init; }
    public string? ParentCode { get; set; }
    public required string LabelKo { get; set; }
    public required string LabelZh { get; set; }
    public required string LabelEn { get; set; }
}
