using BioBridge.Features.Accounts;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Directory;

/// <summary>
/// Imports organizations from a CSV/XLSX file: all or nothing, idempotent on external_id (docs/contracts.md, the
/// organization file). Every problem of every row is reported before anything is written. The file is read twice,
/// once to validate and once to write, so its rows are never all in memory.
/// A file only changes what it carries: a column it lacks, or a field group the importer may not read (and so could
/// not have exported), keeps the stored value.
/// </summary>
public sealed class ImportOrganizations(AppDb db, Taxonomy taxonomy, ConceptExtractor extractor, TimeProvider clock, DirectoryChanges changes,
    TranslationQueue translations, IStringLocalizer<Text> text)
{
    const int BatchSize = 2000;

    public async Task<ImportOutcome> HandleAsync(string fileName, Stream content, bool dryRun, ImportScope scope,
        IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var shownName = UploadedFileName.Of(fileName);
        progress?.Report(new ImportProgress("read", 0, 1));
        await using var copy = content.CanSeek ? null : await TemporaryCopyAsync(content, ct);
        using var sheet = OrganizationSheet.Open(fileName, copy ?? content, text);
        var rowCount = 0;
        if (sheet.Problems.Count > 0 || sheet.Header.Count == 0)
            return Rejected(sheet.Problems);

        var clusterIds = (await db.Clusters.AsNoTracking().Select(c => c.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var parser = new OrganizationRowParser(taxonomy, extractor, clusterIds, clock.GetUtcNow().Year, text);
        var allProblems = new List<ImportProblem>(parser.CheckHeader(sheet.Header));
        if (allProblems.Count > 0)
            return Rejected(allProblems);

        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in sheet.Rows())
        {
            rowCount++;
            var record = parser.Parse(row, allProblems, inferSectors: false);
            var id = OrganizationColumns.Unneutralize(row.Get(OrganizationColumns.ExternalId));
            if (id.Length > 0 && !firstRowOf.TryAdd(id, row.Number))
                allProblems.Add(new ImportProblem(row.Number, OrganizationColumns.ExternalId, text["import:duplicate", id, firstRowOf[id]]));
            if (record is not null && scope.OnlyCluster is { } own && record.ClusterId != own && refused.Add(id))
                allProblems.Add(OutOfScope(row.Number, id, record.ClusterId, own));
            if (rowCount % 1000 == 0)
                progress?.Report(new ImportProgress("validate", rowCount, rowCount));
        }
        allProblems.AddRange(sheet.Problems);
        if (scope.OnlyCluster is { } cluster)
            allProblems.AddRange(await ExistingElsewhereAsync(firstRowOf.Where(r => !refused.Contains(r.Key)).ToDictionary(), cluster, ct));
        progress?.Report(new ImportProgress("validate", rowCount, rowCount));
        if (allProblems.Count > 0)
            return Rejected(allProblems.OrderBy(p => p.Row).ToList());

        var carried = sheet.Header.ToHashSet(StringComparer.Ordinal);
        var (created, updated, unchanged) = await ApplyAsync(Records(sheet, parser), rowCount, carried, scope.Reader, dryRun, progress, ct);
        return new ImportOutcome(shownName, rowCount, created, updated, unchanged, dryRun, []);

        ImportOutcome Rejected(IReadOnlyList<ImportProblem> found) =>
            new(shownName, rowCount, 0, 0, 0, dryRun, found);
    }

    ImportProblem OutOfScope(int row, string id, string cluster, string own) =>
        new(row, OrganizationColumns.Cluster, text["import:out-of-scope", id, cluster, own]);

    /// <summary>
    /// Rows naming an organization that exists in another cluster than the importer's: moving it in is not theirs to do.
    /// Rows already refused for the cluster they name are left out, so a row is reported once.
    /// </summary>
    async Task<List<ImportProblem>> ExistingElsewhereAsync(Dictionary<string, int> rowOf, string own, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        foreach (var chunk in rowOf.Keys.Chunk(BatchSize))
        {
            var foreign = await db.Organizations.AsNoTracking()
                .Where(o => chunk.Contains(o.ExternalId) && o.ClusterId != own)
                .Select(o => new { o.ExternalId, o.ClusterId }).ToListAsync(ct);
            problems.AddRange(foreign.Select(o => OutOfScope(rowOf[o.ExternalId], o.ExternalId, o.ClusterId, own)));
        }
        return problems;
    }

    static IEnumerable<OrganizationRecord> Records(SheetFile sheet, OrganizationRowParser parser)
    {
        var ignored = new List<ImportProblem>();
        foreach (var row in sheet.Rows())
            if (parser.Parse(row, ignored) is { } record)
                yield return record;
    }

    /// <summary>A stream that cannot seek (a pipe) is copied to a temporary file, so the file can be read twice.</summary>
    static async Task<Stream> TemporaryCopyAsync(Stream content, CancellationToken ct)
    {
        var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await content.CopyToAsync(copy, ct);
        copy.Position = 0;
        return copy;
    }

    async Task<(int Created, int Updated, int Unchanged)> ApplyAsync(IEnumerable<OrganizationRecord> records, int total,
        IReadOnlySet<string> carried, Reader importer, bool dryRun, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        int created = 0, updated = 0, unchanged = 0, done = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var changedIds = new List<string>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // Inside a caller's transaction (seed demo), that one makes the whole load atomic.
        await using var transaction = dryRun || db.Database.CurrentTransaction is not null ? null : await db.Database.BeginTransactionAsync(ct);
        foreach (var batch in records.Chunk(BatchSize))
        {
            var written = new List<Organization>();
            var ids = batch.Select(r => r.ExternalId).ToList();
            var existing = await db.Organizations.Include(o => o.Sectors)
                .Where(o => ids.Contains(o.ExternalId))
                .ToDictionaryAsync(o => o.ExternalId, StringComparer.Ordinal, ct);
            foreach (var record in batch)
            {
                if (existing.TryGetValue(record.ExternalId, out var organization))
                {
                    var columns = OrganizationRecordMapping.CarriedFor(organization, carried, importer);
                    if (OrganizationRecordMapping.Matches(organization, record, columns))
                    {
                        unchanged++;
                        continue;
                    }
                    OrganizationRecordMapping.Apply(record, organization, now, columns);
                    if (!columns.Contains(OrganizationColumns.Sectors) && organization.SectorsInferred)
                        OrganizationRecordMapping.SetSectors(organization, OrganizationRowParser.InferSectors(extractor, organization));
                    db.Organizations.Update(organization);
                    written.Add(organization);
                    updated++;
                }
                else
                {
                    organization = new Organization { ExternalId = record.ExternalId, ClusterId = record.ClusterId, CreatedAt = now };
                    OrganizationRecordMapping.Apply(record, organization, now, OrganizationColumns.AllSet);
                    db.Organizations.Add(organization);
                    written.Add(organization);
                    created++;
                }
                changedIds.Add(record.ExternalId);
            }
            if (!dryRun)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                // The published rows' texts are queued in the import's transaction, once the new rows have their ids.
                await translations.EnqueueAsync(Organization.TranslationSubject, written.Where(o => o.IsPublished).Select(o => o.Id).ToList(), ct);
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
            }
            db.ChangeTracker.Clear();
            done += batch.Length;
            progress?.Report(new ImportProgress("write", done, total));
        }
        if (transaction is not null)
            await transaction.CommitAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        if (!dryRun && changedIds.Count > 0)
            await changes.OrganizationsChangedAsync(changedIds, ct);
        return (created, updated, unchanged);
    }
}
