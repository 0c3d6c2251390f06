using BioBridge.Features.Accounts;
using System.Collections.Concurrent;
using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>
/// The node's in-memory search index over the directory (BioBridge.Language), built from the database
/// at start and kept current from it: every node rebuilds its own, so web nodes stay stateless.
/// </summary>
public sealed class DirectorySearch(Taxonomy taxonomy, ILogger<DirectorySearch> log)
{
    readonly DirectoryIndex index = new(taxonomy);
    /// <summary>Each organization as a search result shows it (descriptions cut to their snippet), so result pages need no database read.</summary>
    readonly ConcurrentDictionary<string, Organization> cards = new(StringComparer.Ordinal);
    readonly SemaphoreSlim building = new(1, 1);
    volatile bool built;

    /// <summary>The newest UpdatedAt seen; the refresher asks the database for anything newer.</summary>
    public DateTime Watermark { get; private set; } = DateTime.MinValue;

    public int Count => index.Count;
    public bool IsBuilt => built;

    public async Task EnsureBuiltAsync(AppDb db, CancellationToken ct)
    {
        if (built)
            return;
        await building.WaitAsync(ct);
        try
        {
            if (built)
                return;
            var started = DateTime.UtcNow;
            var total = await db.Organizations.CountAsync(ct);
            var done = 0;
            await foreach (var batch in Batches(db.Organizations.AsNoTracking().Include(o => o.Sectors).OrderBy(o => o.Id), ct))
            {
                Upsert(batch);
                done += batch.Count;
                if (total > 10_000)
                    log.LogInformation("Search index: {Done}/{Total} organizations", done, total);
            }
            built = true;
            log.LogInformation("Search index built: {Count} organizations in {Seconds:0.0} s", index.Count, (DateTime.UtcNow - started).TotalSeconds);
        }
        finally
        {
            building.Release();
        }
    }

    static async IAsyncEnumerable<List<Organization>> Batches(IQueryable<Organization> query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        const int size = 5000;
        var lastId = 0;
        while (true)
        {
            var batch = await query.Where(o => o.Id > lastId).Take(size).ToListAsync(ct);
            if (batch.Count == 0)
                yield break;
            lastId = batch[^1].Id;
            yield return batch;
        }
    }

    public void Upsert(IReadOnlyCollection<Organization> organizations)
    {
        index.UpsertMany(organizations.Select(ToDocument));
        foreach (var o in organizations)
        {
            cards[o.ExternalId] = Card(o);
            if (o.UpdatedAt > Watermark)
                Watermark = o.UpdatedAt;
        }
    }

    static Organization Card(Organization o)
    {
        var card = o.CopyForReader();
        (card.DescriptionKo, card.DescriptionZh, card.DescriptionEn) =
            (OrganizationViews.Snippet(o.DescriptionKo), OrganizationViews.Snippet(o.DescriptionZh), OrganizationViews.Snippet(o.DescriptionEn));
        // Cards show no offers or needs; the description's states stay for the snippet's machine badge.
        (card.Offers, card.Needs, card.PhraseTranslations) = ([], [], null);
        return card;
    }

    /// <summary>The result cards of these organizations, in order, or null when one is not in the index yet.</summary>
    public IReadOnlyList<Organization>? CardsOf(IReadOnlyList<string> externalIds)
    {
        var found = new List<Organization>(externalIds.Count);
        foreach (var id in externalIds)
        {
            if (!built || !cards.TryGetValue(id, out var card))
                return null;
            found.Add(card);
        }
        return found;
    }

    /// <summary>Only what anonymous readers may see is indexed, so no search or recommendation reveals members-only or private text.</summary>
    public static OrganizationDocument ToDocument(Organization organization) => PublicDocument(organization.VisibleTo(Reader.Anonymous));

    static OrganizationDocument PublicDocument(Organization o) => new(
        o.ExternalId, o.ClusterId, o.Kind.ToString().ToLowerInvariant(), o.Name, o.Description,
        // Machine-translated phrases are indexed too, so a reader finds an offer in their own language.
        [.. o.Offers, .. o.MachinePhrasesInAnyLanguage(Organization.OffersField)], [.. o.Needs, .. o.MachinePhrasesInAnyLanguage(Organization.NeedsField)],
        o.SectorsInferred ? [] : o.Sectors.Select(s => s.ConceptCode).ToList(),
        o.ExportRegions, o.Group, o.Country, o.City, o.IsPublished);

    public string NameOf(string externalId, string language) =>
        cards.TryGetValue(externalId, out var card) ? card.Name.Get(language) ?? card.Name.Any() ?? externalId : externalId;

    public DirectoryPage Search(DirectoryQuery query, string language)
    {
        var results = index.Search(new SearchQuery
        {
            Text = query.Text ?? "",
            Cluster = Blank(query.Cluster),
            ConceptCode = Blank(query.Sector),
            ExportRegion = Blank(query.Region),
            Kind = Blank(query.Kind),
            IncludeUnpublished = query.IncludeUnpublished,
            Skip = query.Skip,
            Take = query.Take,
        });
        var hits = results.Hits.Select(h => new DirectoryHit(
            h.ExternalId, NameOf(h.ExternalId, language), Math.Round(h.Score, 4),
            h.MatchedTerms.Concat(h.MatchedConcepts.Select(c => ConceptLabel(c, language))).Distinct().ToList(),
            h.MatchedConcepts)).ToList();
        return new DirectoryPage(results.Total, hits,
            Facet(results.Facets.Clusters, v => v),
            Facet(results.Facets.Concepts, c => ConceptLabel(c, language)),
            Facet(results.Facets.ExportRegions, v => v),
            Facet(results.Facets.Kinds, v => v));
    }

    public IReadOnlyList<PartnerSuggestion>? Recommend(string externalId, int top, string language)
    {
        return index.Recommend(externalId, top)?
            .Select(r => new PartnerSuggestion(r.ExternalId, NameOf(r.ExternalId, language), Math.Round(r.Score, 4),
                r.Reasons.Select(reason => reason.Describe(language, taxonomy)).ToList()))
            .ToList();
    }

    public IReadOnlyList<string> ConceptsOf(string externalId) => index.ConceptsOf(externalId);

    string ConceptLabel(string code, string language) => taxonomy.Find(code)?.LabelIn(language) ?? code;

    static List<FacetCount> Facet(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount(c.Key, label(c.Key), c.Value)).ToList();

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
