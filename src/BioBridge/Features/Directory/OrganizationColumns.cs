namespace BioBridge.Features.Directory;

/// <summary>The columns of docs/contracts.md section 2, plus our own optional extensions.</summary>
public static class OrganizationColumns
{
    public const string ExternalId = "external_id";
    public const string Cluster = "cluster";
    public const string NameKo = "name_ko";
    public const string NameZh = "name_zh";
    public const string NameEn = "name_en";
    public const string DescriptionKo = "description_ko";
    public const string DescriptionZh = "description_zh";
    public const string DescriptionEn = "description_en";
    public const string Sectors = "sectors";
    public const string Offers = "offers";
    public const string Needs = "needs";
    public const string Founded = "founded";
    public const string Employees = "employees";
    public const string Patents = "patents";
    public const string ExportRegions = "export_regions";
    public const string City = "city";
    public const string Country = "country";
    public const string Website = "website";
    // Extensions: optional, so files written to the contract alone still import.
    public const string Kind = "kind";
    public const string Group = "group";
    public const string Sample = "sample";
    public const string Published = "published";

    public static readonly string[] All =
    [
        ExternalId, Cluster, Kind, NameKo, NameZh, NameEn, DescriptionKo, DescriptionZh, DescriptionEn,
        Sectors, Offers, Needs, Founded, Employees, Patents, ExportRegions, City, Country, Website,
        Group, Sample, Published,
    ];

    public static readonly IReadOnlySet<string> AllSet = All.ToHashSet(StringComparer.Ordinal);

    public static readonly string[] Required = [ExternalId, Cluster];
    public static readonly string[] Names = [NameKo, NameZh, NameEn];

    /// <summary>The columns of a profile field group that carries its own visibility.</summary>
    public static IEnumerable<string> Of(FieldGroup group) => group switch
    {
        FieldGroup.Description => [DescriptionKo, DescriptionZh, DescriptionEn],
        FieldGroup.Pipeline => [Offers, Needs],
        FieldGroup.Figures => [Founded, Employees, Patents],
        _ => [Website, City],
    };

    /// <summary>Cells whose first character a spreadsheet would run as a formula (OWASP CSV injection).</summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Export prefixes such cells with an apostrophe; import removes exactly that prefix, so the round trip is exact.</summary>
    public static string Neutralize(string value) => NeedsPrefix(value) ? "'" + value : value;

    public static string Unneutralize(string value) =>
        value.Length > 1 && value[0] == '\'' && NeedsPrefix(value[1..]) ? value[1..] : value;

    // A value that itself starts with an apostrophe is prefixed too, so that unneutralizing strips exactly what export added.
    static bool NeedsPrefix(string value) => LooksLikeFormula(value) || (value.Length > 0 && value[0] == '\'');
}
