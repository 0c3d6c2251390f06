using BioBridge.Language;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>Turns sheet rows into <see cref="OrganizationRecord"/>s, listing every problem of every row in the reader's language.</summary>
public sealed class OrganizationRowParser(Taxonomy taxonomy, ConceptExtractor extractor, IReadOnlySet<string> clusterIds, int currentYear,
    IStringLocalizer text)
{
    public IReadOnlyList<ImportProblem> CheckHeader(IReadOnlyList<string> header)
    {
        var problems = new List<ImportProblem>();
        var known = new HashSet<string>(OrganizationColumns.All, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in header)
        {
            if (column.Length == 0)
                problems.Add(new ImportProblem(0, null, text["import:empty-column"]));
            else if (!seen.Add(column))
                problems.Add(new ImportProblem(0, column, text["import:column-twice"]));
            else if (!known.Contains(column) && !column.StartsWith("x_", StringComparison.Ordinal))
                problems.Add(new ImportProblem(0, column, text["import:unknown-column", string.Join(", ", OrganizationColumns.All)]));
        }
        foreach (var required in OrganizationColumns.Required.Where(r => !seen.Contains(r)))
            problems.Add(new ImportProblem(0, required, text["import:column-missing"]));
        if (!OrganizationColumns.Names.Any(seen.Contains))
            problems.Add(new ImportProblem(0, OrganizationColumns.NameEn, text["import:name-column"]));
        return problems;
    }

    /// <summary>The row as a record, or null with its problems added. Inferring sectors cannot fail, so validation alone skips it.</summary>
    public OrganizationRecord? Parse(SheetRow row, List<ImportProblem> problems, bool inferSectors = true)
    {
        var before = problems.Count;
        var cells = new RowCells(row, problems, text);
        var externalId = ExternalId(cells);
        var cluster = Cluster(cells);
        var kind = Kind(cells);
        var name = new LocalizedText(cells.Optional(OrganizationColumns.NameKo), cells.Optional(OrganizationColumns.NameZh), cells.Optional(OrganizationColumns.NameEn));
        if (name.Ko is null && name.Zh is null && name.En is null)
            cells.Problem(OrganizationColumns.NameEn, "import:name-empty");
        var description = new LocalizedText(cells.Optional(OrganizationColumns.DescriptionKo), cells.Optional(OrganizationColumns.DescriptionZh), cells.Optional(OrganizationColumns.DescriptionEn));
        var offers = List(cells.Cell(OrganizationColumns.Offers));
        var needs = List(cells.Cell(OrganizationColumns.Needs));
        var sectorCodes = SectorCodes(cells);
        var inferred = sectorCodes.Count == 0;
        if (inferred && inferSectors)
            sectorCodes.AddRange(Infer(name, description, offers, needs));
        var founded = cells.Integer(OrganizationColumns.Founded, 1800, currentYear, cells.Say("import:year", currentYear));
        var employees = cells.Integer(OrganizationColumns.Employees, 0, int.MaxValue, cells.Say("import:whole-number"));
        var patents = cells.Integer(OrganizationColumns.Patents, 0, int.MaxValue, cells.Say("import:whole-number"));
        var regions = Regions(cells);
        var country = Country(cells);
        var website = Website(cells);
        var isSample = cells.Flag(OrganizationColumns.Sample, false);
        var isPublished = cells.Flag(OrganizationColumns.Published, true);

        if (problems.Count > before)
            return null;
        return new OrganizationRecord(externalId, cluster, kind, name, description, sectorCodes, inferred, offers, needs,
            founded, employees, patents, regions, cells.Optional(OrganizationColumns.City), country, website,
            cells.Optional(OrganizationColumns.Group), isSample, isPublished);
    }

    static string ExternalId(RowCells cells)
    {
        var externalId = cells.Cell(OrganizationColumns.ExternalId);
        if (externalId.Length == 0)
            cells.Problem(OrganizationColumns.ExternalId, "import:required");
        else if (externalId.Length > FieldLengths.ExternalId)
            cells.Problem(OrganizationColumns.ExternalId, "import:too-long");
        return externalId;
    }

    string Cluster(RowCells cells)
    {
        var cluster = cells.Cell(OrganizationColumns.Cluster);
        if (cluster.Length == 0)
            cells.Problem(OrganizationColumns.Cluster, "import:required");
        else if (!clusterIds.Contains(cluster))
            cells.Problem(OrganizationColumns.Cluster, "import:unknown-cluster", cluster, string.Join(", ", clusterIds.Order()));
        return cluster;
    }

    static OrganizationKind Kind(RowCells cells)
    {
        var kind = OrganizationKind.Company;
        if (cells.Optional(OrganizationColumns.Kind) is { } kindText && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            cells.Problem(OrganizationColumns.Kind, "import:unknown-kind", kindText);
        return kind;
    }

    List<string> SectorCodes(RowCells cells)
    {
        var sectorCodes = new List<string>();
        foreach (var sector in List(cells.Cell(OrganizationColumns.Sectors)))
        {
            if (taxonomy.Resolve(sector) is { } concept)
            {
                if (!sectorCodes.Contains(concept.Code))
                    sectorCodes.Add(concept.Code);
            }
            else
                cells.Problem(OrganizationColumns.Sectors, "import:unknown-sector", sector);
        }
        return sectorCodes;
    }

    static List<string> Regions(RowCells cells)
    {
        var regions = new List<string>();
        foreach (var region in List(cells.Cell(OrganizationColumns.ExportRegions)))
        {
            var code = region.ToUpperInvariant();
            if (Language.ExportRegions.IsCode(code))
            {
                if (!regions.Contains(code))
                    regions.Add(code);
            }
            else
                cells.Problem(OrganizationColumns.ExportRegions, "import:unknown-region", region, string.Join(", ", Language.ExportRegions.Codes));
        }
        return regions;
    }

    static string? Country(RowCells cells)
    {
        var country = cells.Optional(OrganizationColumns.Country);
        if (country is not null)
        {
            country = country.ToUpperInvariant();
            if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
                cells.Problem(OrganizationColumns.Country, "import:country", country);
        }
        return country;
    }

    static string? Website(RowCells cells)
    {
        var website = cells.Optional(OrganizationColumns.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0))
            cells.Problem(OrganizationColumns.Website, "import:website", website);
        return website;
    }

    IEnumerable<string> Infer(LocalizedText name, LocalizedText description, IReadOnlyList<string> offers, IReadOnlyList<string> needs) =>
        InferSectors(extractor, name, description, offers, needs);

    /// <summary>Sectors read from a stored organization's text, after an import changed part of it.</summary>
    public static IEnumerable<string> InferSectors(ConceptExtractor extractor, Organization o) =>
        InferSectors(extractor, new LocalizedText(o.NameKo, o.NameZh, o.NameEn),
            new LocalizedText(o.DescriptionKo, o.DescriptionZh, o.DescriptionEn), o.Offers, o.Needs);

    static IEnumerable<string> InferSectors(ConceptExtractor extractor, LocalizedText name, LocalizedText description,
        IReadOnlyList<string> offers, IReadOnlyList<string> needs)
    {
        var text = string.Join("\n", new[] { name.Ko, name.Zh, name.En, description.Ko, description.Zh, description.En }
            .Concat(offers).Concat(needs).Where(t => !string.IsNullOrEmpty(t)));
        return extractor.Extract(text).Select(m => m.Concept.Code).Distinct();
    }

    static List<string> List(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(OrganizationColumns.Unneutralize).ToList();
}
