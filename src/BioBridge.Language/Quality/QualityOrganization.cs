namespace BioBridge.Language;

public sealed record QualityOrganization(string Id, string Cluster, string Kind, string? Group, string Language,
    string Name, string? Description, IReadOnlyList<string>? Offers, IReadOnlyList<string>? Needs, IReadOnlyList<string>? ExportRegions)
{
    public OrganizationDocument ToDocument()
    {
        LocalizedText In(string? text) => Language switch
        {
            "ko" => new LocalizedText(text, null, null),
            "zh" => new LocalizedText(null, text, null),
            _ => new LocalizedText(null, null, text),
        };
        return new OrganizationDocument(Id, Cluster, Kind, In(Name), In(Description), Offers ?? [], Needs ?? [], [],
            ExportRegions ?? [], Group);
    }
}
