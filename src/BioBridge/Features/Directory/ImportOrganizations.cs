using BioBridge.Data;
using BioBridge.Features.Search;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record ImportProgress(string Phase, int Done, int Total);

public sealed record ImportOutcome(
    string FileName,
    int Rows,
    int Created,
    int Updated,
    int Unchanged,
    bool DryRun,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool Accepted => Problems.Count == 0;
}

/// <summary>
/// Imports organizations from a CSV/XLSX file: all or nothing, idempotent on external_id
/// (CONTRACTS.md section 2). Every problem of every row is reported before anything is written.
/// </summary>
public sealed class ImportOrganizations(AppDb db, Taxonomy taxonomy, ConceptExtractor extractor, TimeProvider clock, DirectoryChanges changes)
{
    const int BatchSize = 2000;

    public async Task<ImportOutcome> HandleAsync(string fileName, Stream content, bool dryRun,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var shownName = UploadedFileName.Of(fileName);
        progress?.Report(new ImportProgress("read", 0, 1));
        var (header, rows, problems) = OrganizationSheet.Read(fileName, content);
        if (problems.Count > 0 || header.Count == 0)
            return Rejected(problems);

        var clusterIds = (await db.Clusters.AsNoTracking().Select(c => c.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var parser = new OrganizationRowParser(taxonomy, extractor, clusterIds, clock.GetUtcNow().Year);
        var allProblems = new List<ImportProblem>(parser.CheckHeader(header));
        if (allProblems.Count > 0)
            return Rejected(allProblems);

        var records = new List<OrganizationRecord>(rows.Count);
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var record = parser.Parse(row, allProblems);
            var id = OrganizationColumns.Unneutralize(row.Get(OrganizationColumns.ExternalId));
            if (id.Length > 0 && !firstRowOf.TryAdd(id, row.Number))
                allProblems.Add(new ImportProblem(row.Number, OrganizationColumns.ExternalId,
                    $"'{id}' already appears in row {firstRowOf[id]}; external_id must be unique within the file"));
            if (record is not null)
                records.Add(record);
            if (i % 1000 == 0)
                progress?.Report(new ImportProgress("validate", i, rows.Count));
        }
        progress?.Report(new ImportProgress("validate", rows.Count, rows.Count));
        if (allProblems.Count > 0)
            return Rejected(allProblems.OrderBy(p => p.Row).ToList());

        var (created, updated, unchanged) = await ApplyAsync(records, dryRun, progress, ct);
        return new ImportOutcome(shownName, rows.Count, created, updated, unchanged, dryRun, []);

        ImportOutcome Rejected(IReadOnlyList<ImportProblem> found) =>
            new(shownName, rows.Count, 0, 0, 0, dryRun, found);
    }

    async Task<(int Created, int Updated, int Unchanged)> ApplyAsync(List<OrganizationRecord> records, bool dryRun,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        int created = 0, updated = 0, unchanged = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var changedIds = new List<string>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Inside a caller's transaction (seed demo), that one makes the whole load atomic.
        await using var transaction = dryRun || db.Database.CurrentTransaction is not null ? null : await db.Database.BeginTransactionAsync(ct);
        for (var start = 0; start < records.Count; start += BatchSize)
        {
            var batch = records.GetRange(start, Math.Min(BatchSize, records.Count - start));
            var ids = batch.Select(r => r.ExternalId).ToList();
            var existing = await db.Organizations.Include(o => o.Sectors)
                .Where(o => ids.Contains(o.ExternalId))
                .ToDictionaryAsync(o => o.ExternalId, StringComparer.Ordinal, ct);
            foreach (var record in batch)
            {
                if (existing.TryGetValue(record.ExternalId, out var organization))
                {
                    if (OrganizationRecordMapping.Matches(organization, record))
                    {
                        unchanged++;
                        continue;
                    }
                    OrganizationRecordMapping.Apply(record, organization, now);
                    db.Organizations.Update(organization);
                    updated++;
                }
                else
                {
                    organization = new Organization { ExternalId = record.ExternalId, ClusterId = record.ClusterId, CreatedAt = now };
                    OrganizationRecordMapping.Apply(record, organization, now);
                    db.Organizations.Add(organization);
                    created++;
                }
                changedIds.Add(record.ExternalId);
            }
            if (!dryRun)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
            }
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress("write", start + batch.Count, records.Count));
        }
        if (transaction is not null)
            await transaction.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        if (!dryRun && changedIds.Count > 0)
            await changes.OrganizationsChangedAsync(changedIds, ct);
        return (created, updated, unchanged);
    }
}

/// <summary>Copies between the file's view of an organization and the entity, in both directions.</summary>
public static class OrganizationRecordMapping
{
    public static void Apply(OrganizationRecord r, Organization o, DateTime now)
    {
        o.ClusterId = r.ClusterId;
        o.Kind = r.Kind;
        (o.NameKo, o.NameZh, o.NameEn) = (r.Name.Ko, r.Name.Zh, r.Name.En);
        (o.DescriptionKo, o.DescriptionZh, o.DescriptionEn) = (r.Description.Ko, r.Description.Zh, r.Description.En);
        o.Offers = [.. r.Offers];
        o.Needs = [.. r.Needs];
        o.Founded = r.Founded;
        o.Employees = r.Employees;
        o.Patents = r.Patents;
        o.ExportRegions = [.. r.ExportRegions];
        o.City = r.City;
        o.Country = r.Country;
        o.Website = r.Website;
        o.Group = r.Group;
        o.IsSample = r.IsSample;
        o.IsPublished = r.IsPublished;
        o.SectorsInferred = r.SectorsInferred;
        var wanted = r.SectorCodes.ToHashSet(StringComparer.Ordinal);
        o.Sectors.RemoveAll(s => !wanted.Contains(s.ConceptCode));
        foreach (var code in r.SectorCodes.Where(c => o.Sectors.All(s => s.ConceptCode != c)))
            o.Sectors.Add(new OrganizationSector { ConceptCode = code });
        o.UpdatedAt = now;
    }

    public static bool Matches(Organization o, OrganizationRecord r) =>
        o.ClusterId == r.ClusterId && o.Kind == r.Kind
        && o.NameKo == r.Name.Ko && o.NameZh == r.Name.Zh && o.NameEn == r.Name.En
        && o.DescriptionKo == r.Description.Ko && o.DescriptionZh == r.Description.Zh && o.DescriptionEn == r.Description.En
        && o.Offers.SequenceEqual(r.Offers) && o.Needs.SequenceEqual(r.Needs)
        && o.Founded == r.Founded && o.Employees == r.Employees && o.Patents == r.Patents
        && o.ExportRegions.SequenceEqual(r.ExportRegions)
        && o.City == r.City && o.Country == r.Country && o.Website == r.Website && o.Group == r.Group
        && o.IsSample == r.IsSample && o.IsPublished == r.IsPublished && o.SectorsInferred == r.SectorsInferred
        && o.Sectors.Select(s => s.ConceptCode).Order(StringComparer.Ordinal)
            .SequenceEqual(r.SectorCodes.Order(StringComparer.Ordinal));

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
