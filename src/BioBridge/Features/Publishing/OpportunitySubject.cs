using BioBridge.Data;
using BioBridge.Features.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>An opportunity's title and text for the translation queue: public once approved, public and its organization published.</summary>
public sealed class OpportunitySubject(AppDb db) : ITranslatableSubject
{
    /// <summary>An opportunity's title and text travel together: they are stored as one translation.</summary>
    public const string Post = "post";

    public string Name => Opportunity.TranslationSubject;

    public async Task<ILookup<int, TranslatableField>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await PostsAsync(db.Opportunities.Where(o => ids.Contains(o.Id)), ct)).ToLookup(x => x.Post.Id, x => Field(x.Post, x.Owner));

    public async Task<Dictionary<int, SubjectLink>> LinksAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        await db.Opportunities.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new SubjectLink(o.Title, $"/opportunities/{o.Id}"), ct);

    public async Task RequeueAllAsync(TranslationQueue queue, CancellationToken ct)
    {
        var posts = await PostsAsync(db.Opportunities.Where(o => o.ApprovedAt != null), ct);
        foreach (var (post, _) in posts)
            post.Translations.RemoveAll(t => t.State == TranslationState.Machine);
        await queue.EnqueueAsync(Name, posts.Where(x => x.Owner.IsPublished).Select(x => x.Post.Id).ToList(), ct);
    }

    async Task<List<(Opportunity Post, Directory.Organization Owner)>> PostsAsync(IQueryable<Opportunity> posts, CancellationToken ct) =>
        (await posts.Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) => new { p, o }).ToListAsync(ct)).Select(x => (x.p, x.o)).ToList();

    static TranslatableField Field(Opportunity o, Directory.Organization owner) => new(
        Post, owner.IsPublished && o.ApprovedAt is not null && o.Visibility == Visibility.Public, o.Language ?? "en", [o.Title, o.Body],
        l => o.Translations.Find(t => t.Language == l)?.State, [owner.Name], (language, texts, _) => Store(o, language, texts));

    static string? Store(Opportunity o, string language, IReadOnlyList<string> texts)
    {
        if (texts[0].Length > Opportunity.MaxTitleLength)
            return $"the translated title has {texts[0].Length} characters, more than {Opportunity.MaxTitleLength}";
        if (o.Translations.Find(t => t.Language == language) is { } existing)
            (existing.Title, existing.Body, existing.State) = (texts[0], texts[1], TranslationState.Machine);
        else
            o.Translations.Add(new OpportunityTranslation { Language = language, Title = texts[0], Body = texts[1], State = TranslationState.Machine });
        return null;
    }
}
