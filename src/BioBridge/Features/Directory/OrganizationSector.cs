namespace BioBridge.Features.Directory;

/// <summary>A taxonomy concept an organization is tagged with.</summary>
public sealed class OrganizationSector
{
    public int OrganizationId { get; set; }
    public required string ConceptCode { get; set; }
}
