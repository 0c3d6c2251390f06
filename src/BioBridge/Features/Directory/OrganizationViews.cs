using BioBridge.Data;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Directory;

public sealed record LocalizedDto(string? Ko, string? Zh, string? En)
{
    public static LocalizedDto From(LocalizedText text) => new(text.Ko, text.Zh, text.En);
}

public sealed record ConceptDto(string Code, string Label);

public sealed record OrganizationSummary(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, string DisplayName, bool NameIsFallback,
    string? Snippet, IReadOnlyList<ConceptDto> Sectors, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    bool IsSample, bool IsPublished);

public sealed record OrganizationDetail(
    string ExternalId, string Cluster, string Kind, LocalizedDto Name, LocalizedDto Description,
    IReadOnlyList<ConceptDto> Sectors, bool SectorsInferred, IReadOnlyList<string> Offers, IReadOnlyList<string> Needs,
    int? Founded, int? Employees, int? Patents, IReadOnlyList<string> ExportRegions, string? City, string? Country,
    string? Website, bool IsSample, bool IsPublished, DateTime UpdatedAt);

/// <summary>Reads of organizations as pages and the API show them, in the reader's language.</summary>
public sealed class OrganizationViews(AppDb db, Taxonomy taxonomy)
{
    public async Task<IReadOnlyList<OrganizationSummary>> SummariesAsync(IReadOnlyList<string> externalIds, string language, CancellationToken ct)
    {
        var rows = await db.Organizations.AsNoTracking().Include(o => o.Sectors)
            .Where(o => externalIds.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, ct);
        return externalIds.Where(rows.ContainsKey).Select(id => Summary(rows[id], language)).ToList();
    }

    public OrganizationSummary Summary(Organization o, string language)
    {
        var (name, nameLanguage) = o.Name.GetWithFallback(language);
        var (description, _) = o.Description.GetWithFallback(language);
        return new OrganizationSummary(o.ExternalId, o.ClusterId, Kind(o), LocalizedDto.From(o.Name), name ?? o.ExternalId,
            nameLanguage != language, Snippet(description), Concepts(o, language), o.ExportRegions, o.City, o.Country, o.IsSample, o.IsPublished);
    }

    public async Task<Organization?> FindAsync(string externalId, bool includeUnpublished, CancellationToken ct) =>
        await db.Organizations.AsNoTracking().Include(o => o.Sectors).Include(o => o.Cluster)
            .Where(o => o.ExternalId == externalId && (includeUnpublished || o.IsPublished))
            .SingleOrDefaultAsync(ct);

    public OrganizationDetail Detail(Organization o, string language) => new(
        o.ExternalId, o.ClusterId, Kind(o), LocalizedDto.From(o.Name), LocalizedDto.From(o.Description),
        Concepts(o, language), o.SectorsInferred, o.Offers, o.Needs, o.Founded, o.Employees, o.Patents, o.ExportRegions,
        o.City, o.Country, o.Website, o.IsSample, o.IsPublished, o.UpdatedAt);

    public IReadOnlyList<ConceptDto> Concepts(Organization o, string language) =>
        o.Sectors.Select(s => new ConceptDto(s.ConceptCode, taxonomy.Find(s.ConceptCode)?.LabelIn(language) ?? s.ConceptCode)).ToList();

    static string Kind(Organization o) => o.Kind.ToString().ToLowerInvariant();

    static string? Snippet(string? text) => text is null || text.Length <= 180 ? text : text[..177].TrimEnd() + "…";
}
