using BioBridge.Features.Accounts;

namespace BioBridge.Features.Directory;

/// <summary>Copies between the file's view of an organization and the entity, in both directions.</summary>
public static class OrganizationRecordMapping
{
    /// <summary>
    /// The columns an import may change on a stored organization: those in the file's header, less the field groups the
    /// importer cannot read (their export showed them empty, so an empty cell there says nothing).
    /// </summary>
    public static IReadOnlySet<string> CarriedFor(Organization o, IReadOnlySet<string> header, Reader importer)
    {
        var hidden = Enum.GetValues<FieldGroup>().Where(g => !importer.Sees(o, g)).SelectMany(OrganizationColumns.Of).ToHashSet();
        return hidden.Count == 0 ? header : header.Where(c => !hidden.Contains(c)).ToHashSet(StringComparer.Ordinal);
    }

    public static void Apply(OrganizationRecord r, Organization o, DateTime now, IReadOnlySet<string> carried)
    {
        bool Has(string column) => carried.Contains(column);
        var (name, description) = (o.NameVersions, o.DescriptionVersions);
        o.ClusterId = r.ClusterId;
        if (Has(OrganizationColumns.Kind)) o.Kind = r.Kind;
        if (Has(OrganizationColumns.NameKo)) o.NameKo = r.Name.Ko;
        if (Has(OrganizationColumns.NameZh)) o.NameZh = r.Name.Zh;
        if (Has(OrganizationColumns.NameEn)) o.NameEn = r.Name.En;
        if (Has(OrganizationColumns.DescriptionKo)) o.DescriptionKo = r.Description.Ko;
        if (Has(OrganizationColumns.DescriptionZh)) o.DescriptionZh = r.Description.Zh;
        if (Has(OrganizationColumns.DescriptionEn)) o.DescriptionEn = r.Description.En;
        // A text the file changes is the importer's own: a machine draft it replaces is an original from now on, which
        // the translation queue never overwrites; a changed list's machine translations no longer say what it says.
        o.TextStates = TranslationStates.Encode([("name", name.Rewritten(o.Name)), ("description", description.Rewritten(o.Description))]);
        if (Has(OrganizationColumns.Offers) && !o.Offers.SequenceEqual(r.Offers))
        {
            o.Offers = [.. r.Offers];
            o.DropMachinePhrases(Organization.OffersField);
        }
        if (Has(OrganizationColumns.Needs) && !o.Needs.SequenceEqual(r.Needs))
        {
            o.Needs = [.. r.Needs];
            o.DropMachinePhrases(Organization.NeedsField);
        }
        if (Has(OrganizationColumns.Founded)) o.Founded = r.Founded;
        if (Has(OrganizationColumns.Employees)) o.Employees = r.Employees;
        if (Has(OrganizationColumns.Patents)) o.Patents = r.Patents;
        if (Has(OrganizationColumns.ExportRegions)) o.ExportRegions = [.. r.ExportRegions];
        if (Has(OrganizationColumns.City)) o.City = r.City;
        if (Has(OrganizationColumns.Country)) o.Country = r.Country;
        if (Has(OrganizationColumns.Website)) o.Website = r.Website;
        if (Has(OrganizationColumns.Group)) o.Group = r.Group;
        if (Has(OrganizationColumns.Sample)) o.IsSample = r.IsSample;
        if (Has(OrganizationColumns.Published)) o.IsPublished = r.IsPublished;
        if (Has(OrganizationColumns.Sectors))
        {
            o.SectorsInferred = r.SectorsInferred;
            SetSectors(o, r.SectorCodes);
        }
        o.UpdatedAt = now;
    }

    public static void SetSectors(Organization o, IEnumerable<string> codes)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        o.Sectors.RemoveAll(s => !wanted.Contains(s.ConceptCode));
        foreach (var code in wanted.Where(c => o.Sectors.All(s => s.ConceptCode != c)))
            o.Sectors.Add(new OrganizationSector { ConceptCode = code });
    }

    public static bool Matches(Organization o, OrganizationRecord r, IReadOnlySet<string> carried)
    {
        bool Same<T>(string column, T stored, T given) => !carried.Contains(column) || EqualityComparer<T>.Default.Equals(stored, given);
        bool SameList(string column, IEnumerable<string> stored, IEnumerable<string> given) => !carried.Contains(column) || stored.SequenceEqual(given);
        return o.ClusterId == r.ClusterId && Same(OrganizationColumns.Kind, o.Kind, r.Kind)
            && Same(OrganizationColumns.NameKo, o.NameKo, r.Name.Ko) && Same(OrganizationColumns.NameZh, o.NameZh, r.Name.Zh)
            && Same(OrganizationColumns.NameEn, o.NameEn, r.Name.En)
            && Same(OrganizationColumns.DescriptionKo, o.DescriptionKo, r.Description.Ko)
            && Same(OrganizationColumns.DescriptionZh, o.DescriptionZh, r.Description.Zh)
            && Same(OrganizationColumns.DescriptionEn, o.DescriptionEn, r.Description.En)
            && SameList(OrganizationColumns.Offers, o.Offers, r.Offers) && SameList(OrganizationColumns.Needs, o.Needs, r.Needs)
            && Same(OrganizationColumns.Founded, o.Founded, r.Founded) && Same(OrganizationColumns.Employees, o.Employees, r.Employees)
            && Same(OrganizationColumns.Patents, o.Patents, r.Patents)
            && SameList(OrganizationColumns.ExportRegions, o.ExportRegions, r.ExportRegions)
            && Same(OrganizationColumns.City, o.City, r.City) && Same(OrganizationColumns.Country, o.Country, r.Country)
            && Same(OrganizationColumns.Website, o.Website, r.Website) && Same(OrganizationColumns.Group, o.Group, r.Group)
            && Same(OrganizationColumns.Sample, o.IsSample, r.IsSample) && Same(OrganizationColumns.Published, o.IsPublished, r.IsPublished)
            && (!carried.Contains(OrganizationColumns.Sectors) || (o.SectorsInferred == r.SectorsInferred
                && o.Sectors.Select(s => s.ConceptCode).Order(StringComparer.Ordinal).SequenceEqual(r.SectorCodes.Order(StringComparer.Ordinal))));
    }

    /// <summary>The row an export writes: the same columns import reads, formulas neutralized.</summary>
    public static IReadOnlyList<string> ToRow(Organization o)
    {
        string Join(IEnumerable<string> values) => string.Join(";", values);
        var cells = new Dictionary<string, string?>
        {
            [OrganizationColumns.ExternalId] = o.ExternalId,
            [OrganizationColumns.Cluster] = o.ClusterId,
            [OrganizationColumns.Kind] = o.Kind.ToString().ToLowerInvariant(),
            [OrganizationColumns.NameKo] = o.NameKo,
            [OrganizationColumns.NameZh] = o.NameZh,
            [OrganizationColumns.NameEn] = o.NameEn,
            [OrganizationColumns.DescriptionKo] = o.DescriptionKo,
            [OrganizationColumns.DescriptionZh] = o.DescriptionZh,
            [OrganizationColumns.DescriptionEn] = o.DescriptionEn,
            // Inferred sectors stay inferred: exporting them would turn a guess into a declaration.
            [OrganizationColumns.Sectors] = o.SectorsInferred ? "" : Join(o.Sectors.Select(s => s.ConceptCode).Order(StringComparer.Ordinal)),
            [OrganizationColumns.Offers] = Join(o.Offers.Select(OrganizationColumns.Neutralize)),
            [OrganizationColumns.Needs] = Join(o.Needs.Select(OrganizationColumns.Neutralize)),
            [OrganizationColumns.Founded] = o.Founded?.ToString(),
            [OrganizationColumns.Employees] = o.Employees?.ToString(),
            [OrganizationColumns.Patents] = o.Patents?.ToString(),
            [OrganizationColumns.ExportRegions] = Join(o.ExportRegions),
            [OrganizationColumns.City] = o.City,
            [OrganizationColumns.Country] = o.Country,
            [OrganizationColumns.Website] = o.Website,
            [OrganizationColumns.Group] = o.Group,
            [OrganizationColumns.Sample] = o.IsSample ? "true" : "false",
            [OrganizationColumns.Published] = o.IsPublished ? "true" : "false",
        };
        return OrganizationColumns.All.Select(c => OrganizationColumns.Neutralize(cells[c] ?? "")).ToList();
    }
}
