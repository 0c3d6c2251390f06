using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Opportunities;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// A member posts an offer or request for their organization, or proposes a change to one: either way the
/// proposal waits in the vetting queue of the organization's cluster (a new post is seen only by its own
/// organization until approved; an edited post stays as published until the edit is approved).
/// </summary>
public sealed class PublishOpportunity(AppDb db, Taxonomy taxonomy, ConceptExtractor extractor, TimeProvider clock, IMachineTranslator translator)
{
    public async Task<Outcome<Opportunity>> HandleAsync(AppUser author, OpportunityInput input, CancellationToken ct)
    {
        if (author.OrganizationId is not { } organizationId)
            return Outcome.Forbidden(PublishingText.Say("Only members of an organization publish opportunities."));
        var (content, errors) = await ValidateAsync(input, ct);
        if (content is null)
            return Outcome.Invalid(errors);
        var opportunity = new Opportunity
        {
            OrganizationId = organizationId, Kind = content.Kind, Language = content.Language,
            Title = content.Title.Get(content.Language)!.Text, Body = content.Body.Get(content.Language)!.Text,
            Concepts = content.Concepts.ToList(), Deadline = content.Deadline, TargetClusterId = content.TargetCluster,
            Visibility = content.Visibility, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByUserId = author.Id,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(ct);
        var revision = Revision.Of(content);
        (revision.OrganizationId, revision.OpportunityId) = (organizationId, opportunity.Id);
        await SubmitProfile.QueueAsync(db, revision, author, clock, ct);
        await transaction.CommitAsync(ct);
        return Outcome.Success(opportunity);
    }

    public async Task<Outcome> EditAsync(AppUser author, int id, OpportunityInput input, CancellationToken ct)
    {
        if (await OwnAsync(author, id, ct) is null)
            return Outcome.NotFound(PublishingText.Say($"Opportunity {id} is not one of your organization's."));
        var (content, errors) = await ValidateAsync(input, ct);
        return content is null ? Outcome.Invalid(errors) : await QueueAsync(author, id, content, ct);
    }

    /// <summary>Machine drafts of the title and text in the languages the post lacks, proposed like an edit.</summary>
    public async Task<Outcome> DraftTranslationsAsync(AppUser author, int id, CancellationToken ct)
    {
        // Scope first: whether translation is configured is no answer to someone the post does not belong to.
        if (await OwnAsync(author, id, ct) is not { } opportunity)
            return Outcome.NotFound(PublishingText.Say($"Opportunity {id} is not one of your organization's."));
        if (!translator.IsEnabled)
            return Outcome.Conflict(PublishingText.Say("Machine translation is not configured on this platform (BioBridge:MachineTranslation)."));
        var pending = await db.Revisions.AsNoTracking().Where(r => r.OpportunityId == id && r.Status == RevisionStatus.Pending)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        var latest = pending?.Opportunity ?? OpportunityContent.Of(opportunity);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == opportunity.OrganizationId, ct);
        LocalizedText[] names = [organization.Name];
        var drafts = await translator.DraftMissingAsync(latest.Title, latest.Body, names, ct);
        if (!drafts.Succeeded)
            return drafts.Verdict;
        return await QueueAsync(author, id, latest with { Title = drafts.Value.Heading, Body = drafts.Value.Text }, ct);
    }

    Task<Opportunity?> OwnAsync(AppUser author, int id, CancellationToken ct) =>
        db.Opportunities.AsNoTracking().Include(o => o.Translations)
            .SingleOrDefaultAsync(o => o.Id == id && author.OrganizationId != null && o.OrganizationId == author.OrganizationId, ct);

    async Task<Outcome> QueueAsync(AppUser author, int id, OpportunityContent content, CancellationToken ct)
    {
        var revision = Revision.Of(content);
        (revision.OrganizationId, revision.OpportunityId) = (author.OrganizationId!.Value, id);
        return await SubmitProfile.QueueAsync(db, revision, author, clock, ct);
    }

    async Task<(OpportunityContent? Content, Dictionary<string, string[]> Errors)> ValidateAsync(OpportunityInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        CheckText(errors, "", title, body);
        var language = input.Language is null ? WrittenLanguage.Guess(title + body) : input.Language;
        if (!LocalizedText.Languages.Contains(language))
            errors["language"] = [PublishingText.Say($"'{language}' is not one of ko, zh, en.")];
        var titles = TranslatedText.Empty.With(language, new TextVersion(title, TranslationState.Original));
        var bodies = TranslatedText.Empty.With(language, new TextVersion(body, TranslationState.Original));
        foreach (var t in input.Translations ?? [])
        {
            if (!LocalizedText.Languages.Contains(t.Language) || t.Language == language)
            {
                errors["translations"] = [PublishingText.Say($"'{t.Language}' is not one of ko, zh, en other than the original's {language}.")];
                continue;
            }
            var (tTitle, tBody) = (t.Title?.Trim() ?? "", t.Body?.Trim() ?? "");
            CheckText(errors, $"translations.{t.Language}.", tTitle, tBody);
            titles = titles.With(t.Language, new TextVersion(tTitle, t.State));
            bodies = bodies.With(t.Language, new TextVersion(tBody, t.State));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (input.Deadline is { } deadline && deadline < today)
            errors["deadline"] = [PublishingText.Say($"The deadline {deadline:yyyy-MM-dd} has passed.")];
        if (input.TargetCluster is { Length: > 0 } target && !await db.Clusters.AnyAsync(c => c.Id == target, ct))
            errors["targetCluster"] = [PublishingText.Say($"Unknown cluster '{target}'.")];
        var concepts = new List<string>();
        foreach (var given in input.Concepts ?? [])
        {
            if (taxonomy.Resolve(given) is { } concept)
                concepts.Add(concept.Code);
            else
                errors["concepts"] = [PublishingText.Say($"'{given}' is not a taxonomy concept.")];
        }
        if (errors.Count > 0)
            return (null, errors);
        if (concepts.Count == 0)
            concepts.AddRange(extractor.Extract(title + "\n" + body).Select(m => m.Concept.Code));
        return (new OpportunityContent(input.Kind, language, titles, bodies, concepts.Distinct().ToList(), input.Deadline,
            string.IsNullOrWhiteSpace(input.TargetCluster) ? null : input.TargetCluster, input.Visibility), errors);
    }

    static void CheckText(Dictionary<string, string[]> errors, string prefix, string title, string body)
    {
        if (title.Length is < 3 or > Opportunity.MaxTitleLength)
            errors[prefix + "title"] = [PublishingText.Say("The title needs 3 to 200 characters.")];
        if (body.Length is < 10 or > FieldLengths.DocumentText)
            errors[prefix + "body"] = [PublishingText.Say("The text needs 10 to 8,000 characters.")];
    }
}
