using BioBridge.Features.Accounts;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

/// <summary>
/// Reads of opportunities. A text query matches across languages through taxonomy concepts (a Korean query
/// finds a Chinese post about the same concept), and literally within the title and text.
/// </summary>
public sealed class OpportunityQueries(AppDb db, Taxonomy taxonomy, ConceptExtractor extractor, TimeProvider clock)
{
    public async Task<IReadOnlyList<OpportunityItem>> ListAsync(OpportunityFilter filter, Reader reader, string language, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = VisibleTo(db.Opportunities.AsNoTracking().Include(o => o.Organization), reader);
        if (!filter.IncludeClosed)
            query = query.Where(o => o.Status == OpportunityStatus.Open && (o.Deadline == null || o.Deadline >= today));
        if (filter.Kind is { } kind)
            query = query.Where(o => o.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Cluster))
            query = query.Where(o => o.Organization!.ClusterId == filter.Cluster);
        var rows = await query.OrderByDescending(o => o.CreatedAt).Take(2000).ToListAsync(ct);

        // Concept filters include descendants; primitive-collection queries differ by provider, so filter in memory.
        if (!string.IsNullOrWhiteSpace(filter.Concept))
        {
            var wanted = taxonomy.DescendantsOf(filter.Concept).Select(c => c.Code).Append(filter.Concept).ToHashSet();
            rows = rows.Where(o => o.Concepts.Any(wanted.Contains)).ToList();
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var concepts = extractor.Extract(text).Select(m => m.Concept.Code).ToHashSet();
            var related = concepts.SelectMany(c => taxonomy.DescendantsOf(c).Select(d => d.Code)).Concat(concepts).ToHashSet();
            rows = rows
                .Select(o => (o, score: o.Concepts.Count(related.Contains) * 2
                    + (Contains(o.TitleVersions, text) ? 3 : 0)
                    + (Contains(o.BodyVersions, text) ? 1 : 0)))
                .Where(x => x.score > 0).OrderByDescending(x => x.score).Select(x => x.o).ToList();
        }
        return rows.Select(o => Item(o, language)).ToList();
    }

    public async Task<Opportunity?> FindAsync(int id, Reader reader, CancellationToken ct) =>
        await VisibleTo(db.Opportunities.AsNoTracking().Include(o => o.Organization).Include(o => o.Interests).ThenInclude(i => i.Organization), reader)
            .SingleOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>
    /// What a reader may see, as part of the query: approved posts of published organizations at the reader's
    /// reach (public; members-only when signed in; private to the organization's cluster operators), and
    /// every post of the reader's own organization, waiting ones included.
    /// </summary>
    public static IQueryable<Opportunity> VisibleTo(IQueryable<Opportunity> query, Reader reader) => reader.IsAdmin
        ? query
        : query.Where(o => (reader.OrganizationId != null && o.OrganizationId == reader.OrganizationId)
            || (o.ApprovedAt != null && o.Organization!.IsPublished
                && (o.Visibility == Visibility.Public
                    || (reader.SignedIn && o.Visibility == Visibility.Members)
                    || (reader.OperatorClusterId != null && o.Organization.ClusterId == reader.OperatorClusterId))));

    public OpportunityItem Item(Opportunity o, string language)
    {
        var (title, shown) = o.TitleVersions.ForReader(language);
        var body = o.BodyVersions.Get(shown) ?? o.BodyVersions.ForReader(language).Version;
        return new(
            o.Id, Kind(o.Kind), title?.Text ?? o.Title, body?.Text ?? o.Body,
            o.Concepts.Select(c => new ConceptDto(c, taxonomy.Find(c)?.LabelIn(language) ?? c)).ToList(),
            o.Deadline, o.TargetClusterId, o.Status.ToString().ToLowerInvariant(), o.Organization!.ExternalId,
            o.Organization.Name.GetWithFallback(language).Text ?? o.Organization.ExternalId, o.Organization.ClusterId, o.CreatedAt, o.IsSample,
            shown, title?.State ?? TranslationState.Original, o.Visibility, o.ApprovedAt is not null);
    }

    static bool Contains(TranslatedText versions, string text) =>
        versions.Text.Present().Any(p => p.Text.Contains(text, StringComparison.OrdinalIgnoreCase));

    public static string Kind(OpportunityKind kind) => kind switch
    {
        OpportunityKind.TechnologyOffer => "technology-offer",
        OpportunityKind.TechnologyRequest => "technology-request",
        OpportunityKind.BusinessOffer => "business-offer",
        OpportunityKind.BusinessRequest => "business-request",
        OpportunityKind.RdCooperation => "rd-cooperation",
        _ => "talent-exchange",
    };

    public static OpportunityKind? ParseKind(string? text) =>
        Enum.GetValues<OpportunityKind>().Cast<OpportunityKind?>().FirstOrDefault(k => Kind(k!.Value) == text);
}
