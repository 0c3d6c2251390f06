using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// An organization's description, offers and needs for the translation queue. Only publicly visible text counts as
/// public: a members-only description is never sent anywhere by the queue.
/// </summary>
public sealed class OrganizationSubject(AppDb db, DirectoryChanges changes) : ITranslatableSubject
{
    public const string Description = "description";
    public const string Offers = Organization.OffersField;
    public const string Needs = Organization.NeedsField;

    public string Name => Organization.TranslationSubject;

    public static IEnumerable<TranslatableField> Fields(Organization o)
    {
        if (TranslatableField.Of(Description, o.DescriptionVersions, o.IsPublished && o.DescriptionVisibility == Visibility.Public, [o.Name],
                (language, texts, now) => StoreDescription(o, language, texts[0], now)) is { } description)
            yield return description;
        foreach (var (field, phrases) in new[] { (Offers, o.Offers), (Needs, o.Needs) })
            if (phrases.Count > 0)
                yield return new(field, o.IsPublished && o.PipelineVisibility == Visibility.Public, WrittenLanguage.Guess(string.Concat(phrases)), phrases,
                    l => o.MachinePhrases(field, l) is null ? null : TranslationState.Machine, [o.Name],
                    (language, texts, now) => StorePhrases(o, field, language, texts, now));
    }

    public async Task<ILookup<int, TranslatableField>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await db.Organizations.Where(o => ids.Contains(o.Id)).ToListAsync(ct)).SelectMany(Fields, (o, field) => (o.Id, Field: field))
            .ToLookup(x => x.Id, x => x.Field);

    public async Task<Dictionary<int, SubjectLink>> LinksAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct)).ToDictionary(o => o.Id, o => new SubjectLink(
            o.Name.GetWithFallback(Shared.Resources.UiLanguage.Current).Text ?? o.ExternalId, $"/organizations/{Uri.EscapeDataString(o.ExternalId)}"));

    /// <summary>Other nodes' search indexes pick the change up by UpdatedAt; this node's is told at once.</summary>
    public async Task DraftStoredAsync(int id, CancellationToken ct) =>
        await changes.OrganizationsChangedAsync([await db.Organizations.Where(o => o.Id == id).Select(o => o.ExternalId).SingleAsync(ct)], ct);

    public async Task RequeueAllAsync(TranslationQueue queue, CancellationToken ct)
    {
        var organizations = await db.Organizations.Where(o => o.IsPublished).ToListAsync(ct);
        foreach (var o in organizations)
        {
            var description = o.DescriptionVersions.Written();
            (o.DescriptionKo, o.DescriptionZh, o.DescriptionEn) = (description.Ko?.Text, description.Zh?.Text, description.En?.Text);
            o.TextStates = TranslationStates.Encode([("name", o.NameVersions), ("description", description)]);
            o.PhraseTranslations = null;
        }
        await queue.EnqueueAsync(Name, organizations.Select(o => o.Id).ToList(), ct);
    }

    static string? StoreDescription(Organization o, string language, string text, DateTime now)
    {
        var description = o.DescriptionVersions.With(language, new TextVersion(text, TranslationState.Machine));
        var states = TranslationStates.Encode([("name", o.NameVersions), ("description", description)]);
        if (states.Length > Organization.MaxTextStatesLength)
            return "the profile's translation states do not fit their column";
        (o.DescriptionKo, o.DescriptionZh, o.DescriptionEn, o.TextStates) = (description.Ko?.Text, description.Zh?.Text, description.En?.Text, states);
        o.UpdatedAt = now;
        return null;
    }

    static string? StorePhrases(Organization o, string field, string language, IReadOnlyList<string> texts, DateTime now)
    {
        o.SetMachinePhrases(field, language, texts);
        o.UpdatedAt = now;
        return null;
    }
}
