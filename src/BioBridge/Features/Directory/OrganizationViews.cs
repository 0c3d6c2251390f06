using BioBridge.Features.Accounts;
using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

/// <summary>Reads of organizations as pages and the API show them, in the reader's language.</summary>
public sealed class OrganizationViews(AppDb db, Taxonomy taxonomy, DirectorySearch search)
{
    public async Task<IReadOnlyList<OrganizationSummary>> SummariesAsync(IReadOnlyList<string> externalIds, Reader reader, string language,
        CancellationToken ct)
    {
        // Search result pages are the busiest read: served from the index's cards, the database only before the index has them.
        if (search.CardsOf(externalIds) is { } cards)
            return cards.Select(card => Summary(card.VisibleTo(reader), language)).ToList();
        var rows = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
            .Where(o => externalIds.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        return externalIds.Where(rows.ContainsKey).Select(id => Summary(rows[id].VisibleTo(reader), language)).ToList();
    }

    public OrganizationSummary Summary(Organization o, string language)
    {
        var (name, nameLanguage) = o.Name.GetWithFallback(language);
        var (description, descriptionLanguage) = o.DescriptionVersions.ForReader(language);
        return new OrganizationSummary(o.ExternalId, o.ClusterId, Kind(o), LocalizedDto.From(o.Name), name ?? o.ExternalId,
            nameLanguage != language, Snippet(description?.Text), descriptionLanguage, description?.State ?? TranslationState.Original, Concepts(o, language), o.ExportRegions, o.City, o.Country, o.IsSample, o.IsPublished);
    }

    /// <summary>One organization as this reader may see it: unpublished ones only for operators, admins and its own members; hidden field groups emptied.</summary>
    public async Task<Organization?> FindAsync(string externalId, Reader reader, CancellationToken ct)
    {
        var found = await db.Organizations.AsNoTracking().Include(o => o.Sectors).Include(o => o.Cluster)
            .Where(o => o.ExternalId == externalId && (reader.SeesUnpublished || o.IsPublished || o.Id == reader.OrganizationId))
            .SingleOrDefaultAsync(ct);
        return found?.VisibleTo(reader);
    }

    public OrganizationDetail Detail(Organization o, string language) => new(
        o.ExternalId, o.ClusterId, Kind(o), LocalizedDto.From(o.Name), LocalizedDto.From(o.Description),
        Concepts(o, language), o.SectorsInferred, o.Offers, o.Needs, o.Founded, o.Employees, o.Patents, o.ExportRegions,
        o.City, o.Country, o.Website, o.IsSample, o.IsPublished, o.UpdatedAt, o.DescriptionVersions,
        PhraseVersions.Of(o.Offers, l => o.MachinePhrases(Organization.OffersField, l)), PhraseVersions.Of(o.Needs, l => o.MachinePhrases(Organization.NeedsField, l)),
        new FieldVisibility(o.DescriptionVisibility, o.PipelineVisibility, o.FiguresVisibility, o.ContactVisibility));

    public IReadOnlyList<ConceptDto> Concepts(Organization o, string language) =>
        o.Sectors.Select(s => new ConceptDto(s.ConceptCode, taxonomy.Find(s.ConceptCode)?.LabelIn(language) ?? s.ConceptCode)).ToList();

    static string Kind(Organization o) => o.Kind.ToString().ToLowerInvariant();

    internal static string? Snippet(string? text) => text is null || text.Length <= 180 ? text : text[..177].TrimEnd() + "…";
}
