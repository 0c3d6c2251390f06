using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// Which fields of an organization and of an opportunity the queue translates, and where a machine draft goes. Only
/// publicly visible text counts as public: a members-only description is never sent anywhere by the queue.
/// </summary>
public static class TranslatableContent
{
    public const string OrganizationSubject = "organization";
    public const string OpportunitySubject = "opportunity";
    public const string Description = "description";
    public const string Offers = "offers";
    public const string Needs = "needs";
    /// <summary>An opportunity's title and text travel together: they are stored as one translation.</summary>
    public const string Post = "post";

    public static IEnumerable<TranslatableField> Of(Organization o)
    {
        var versions = o.DescriptionVersions;
        // Written text is the source, never a machine draft; an original beats a verified translation.
        var source = Shared.Resources.UiLanguage.All.Select(l => (Language: l, Version: versions.Get(l)))
            .Where(v => v.Version is { State: not TranslationState.Machine })
            .OrderBy(v => v.Version!.State == TranslationState.Verified).FirstOrDefault();
        if (source.Version is not null)
            yield return new(OrganizationSubject, o.Id, Description, o.IsPublished && o.DescriptionVisibility == Visibility.Public,
                source.Language, [source.Version.Text], l => versions.Get(l)?.State, [o.Name]);
        foreach (var (field, phrases) in new[] { (Offers, o.Offers), (Needs, o.Needs) })
            if (phrases.Count > 0)
                yield return new(OrganizationSubject, o.Id, field, o.IsPublished && o.PipelineVisibility == Visibility.Public,
                    WrittenLanguage.Guess(string.Concat(phrases)), phrases,
                    l => o.MachinePhrases(field, l) is null ? null : TranslationState.Machine, [o.Name]);
    }

    public static TranslatableField Of(Opportunity o, Organization owner) => new(
        OpportunitySubject, o.Id, Post, owner.IsPublished && o.ApprovedAt is not null && o.Visibility == Visibility.Public,
        o.Language ?? "en", [o.Title, o.Body], l => o.Translations.Find(t => t.Language == l)?.State, [owner.Name]);

    /// <summary>The field of a job as it is now, tracked for the update; null when its subject is gone.</summary>
    public static async Task<(TranslatableField Field, Func<IReadOnlyList<string>, DateTime, string?> Apply, string? OrganizationExternalId)?> LoadAsync(
        AppDb db, TranslationJob job, CancellationToken ct)
    {
        if (job.Subject == OrganizationSubject)
        {
            var o = await db.Organizations.SingleOrDefaultAsync(x => x.Id == job.SubjectId, ct);
            return o is null || Of(o).FirstOrDefault(f => f.Field == job.Field) is not { } field
                ? null
                : (field, (texts, now) => Apply(o, job, texts, now), o.ExternalId);
        }
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(x => x.Id == job.SubjectId, ct);
        if (opportunity is null)
            return null;
        var owner = await db.Organizations.AsNoTracking().SingleAsync(x => x.Id == opportunity.OrganizationId, ct);
        return (Of(opportunity, owner), (texts, _) => Apply(opportunity, job.TargetLanguage, texts), null);
    }

    /// <summary>Stores the machine draft; answers why not when it cannot be stored.</summary>
    static string? Apply(Organization o, TranslationJob job, IReadOnlyList<string> texts, DateTime now)
    {
        if (job.Field == Description)
        {
            var description = o.DescriptionVersions.With(job.TargetLanguage, new TextVersion(texts[0], TranslationState.Machine));
            var states = TranslationStates.Encode([("name", o.NameVersions), ("description", description)]);
            if (states.Length > Organization.MaxTextStatesLength)
                return "the profile's translation states do not fit their column";
            (o.DescriptionKo, o.DescriptionZh, o.DescriptionEn, o.TextStates) = (description.Ko?.Text, description.Zh?.Text, description.En?.Text, states);
        }
        else
            o.SetMachinePhrases(job.Field, job.TargetLanguage, texts);
        // Other nodes' search indexes pick the change up by this time stamp.
        o.UpdatedAt = now;
        return null;
    }

    static string? Apply(Opportunity o, string language, IReadOnlyList<string> texts)
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
