using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// A member proposes a new version of their organization's profile: it waits in the vetting queue of the
/// organization's cluster, replacing an earlier proposal still waiting there; the published profile stays.
/// </summary>
public sealed class SubmitProfile(AppDb db, Taxonomy taxonomy, TimeProvider clock)
{
    public const int MaxName = 300;
    public const int MaxPhrases = 30;

    public async Task<Outcome<Revision>> HandleAsync(AppUser member, ProfileContent proposal, CancellationToken ct)
    {
        if (member.OrganizationId is not { } organizationId)
            return Outcome.NotFound(PublishingText.Say("Your account speaks for no organization, so it has no profile to edit."));
        var errors = new Dictionary<string, string[]>();
        var name = (proposal.Name ?? TranslatedText.Empty).Normalized();
        var description = (proposal.Description ?? TranslatedText.Empty).Normalized();
        if (name.Missing.Count() == 3)
            errors["name"] = [PublishingText.Say("Give the name in at least one of ko, zh, en.")];
        CheckLength(errors, "name", name, MaxName);
        CheckLength(errors, "description", description, VettingChecklist.MaxDescription);
        var offers = Phrases(errors, "offers", proposal.Offers);
        var needs = Phrases(errors, "needs", proposal.Needs);
        if (proposal.Founded is { } founded && (founded < 1800 || founded > clock.GetUtcNow().Year))
            errors["founded"] = [PublishingText.Say($"The year {founded} is not between 1800 and {clock.GetUtcNow().Year}.")];
        if (proposal.Employees is < 0)
            errors["employees"] = [PublishingText.Say("Employees cannot be negative.")];
        if (proposal.Patents is < 0)
            errors["patents"] = [PublishingText.Say("Patents cannot be negative.")];
        var website = Blank(proposal.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && website.Length <= FieldLengths.Url))
            errors["website"] = [PublishingText.Say($"'{website}' is not an absolute http(s) URL of at most 500 characters.")];
        var city = Blank(proposal.City);
        if (city is { Length: > 100 })
            errors["city"] = [PublishingText.Say("The city has at most 100 characters.")];
        var sectors = new List<string>();
        foreach (var given in proposal.Sectors ?? [])
            if (taxonomy.Resolve(given) is { } concept)
                sectors.Add(concept.Code);
            else
                errors["sectors"] = [PublishingText.Say($"'{given}' is not a taxonomy concept.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var content = proposal with
        {
            Name = name, Description = description, Offers = offers, Needs = needs, City = city, Website = website,
            Sectors = sectors.Distinct().ToList(),
        };
        var revision = Revision.Of(content);
        revision.OrganizationId = organizationId;
        var queued = await QueueAsync(db, revision, member, clock, ct);
        return queued.Succeeded ? Outcome.Success(revision) : queued;
    }

    /// <summary>Adds a revision to the queue; the same organization's earlier proposal for the same subject leaves it.</summary>
    internal static async Task<Outcome> QueueAsync(AppDb db, Revision revision, AppUser member, TimeProvider clock, CancellationToken ct)
    {
        var earlier = await db.Revisions.Where(r => r.OrganizationId == revision.OrganizationId && r.Kind == revision.Kind
            && r.OpportunityId == revision.OpportunityId && r.Status == RevisionStatus.Pending).ToListAsync(ct);
        earlier.ForEach(r => r.Supersede());
        revision.SubmittedByUserId = member.Id;
        revision.SubmittedAt = clock.GetUtcNow().UtcDateTime;
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }

    static void CheckLength(Dictionary<string, string[]> errors, string field, TranslatedText text, int max)
    {
        foreach (var language in LocalizedText.Languages)
            if (text.Get(language) is { } version && version.Text.Length > max)
                errors[$"{field}.{language}"] = [PublishingText.Say($"At most {max:N0} characters ({version.Text.Length:N0} given).")];
    }

    static List<string> Phrases(Dictionary<string, string[]> errors, string field, IReadOnlyList<string>? given)
    {
        var phrases = (given ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        if (phrases.Count > MaxPhrases || phrases.Any(p => p.Length > 200))
            errors[field] = [PublishingText.Say($"At most {MaxPhrases} phrases of at most 200 characters each.")];
        return phrases;
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
