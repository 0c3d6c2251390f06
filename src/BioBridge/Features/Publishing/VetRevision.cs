using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using BioBridge.Features.Opportunities;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// The vetting queue of one cluster: its operators approve or reject their own members' proposals. Revisions of
/// another cluster's organizations are not in scope at all (404), in the query itself.
/// </summary>
public sealed class VetRevision(AppDb db, ConceptExtractor extractor, TimeProvider clock, DirectoryChanges changes, TranslationQueue translations)
{
    IQueryable<Revision> InScope(Reader reader) => db.Revisions.Include(r => r.Organization).ThenInclude(o => o!.Sectors)
        .Where(r => reader.IsAdmin || (reader.OperatorClusterId != null && r.Organization!.ClusterId == reader.OperatorClusterId));

    public async Task<IReadOnlyList<QueuedRevision>> QueueAsync(Reader reader, CancellationToken ct)
    {
        var revisions = await InScope(reader).AsNoTracking().Where(r => r.Status == RevisionStatus.Pending)
            .OrderBy(r => r.SubmittedAt).Take(500).ToListAsync(ct);
        var opportunityIds = revisions.Select(r => r.OpportunityId).OfType<int>().ToList();
        var opportunities = await db.Opportunities.AsNoTracking().Where(o => opportunityIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        return revisions.Select(r => new QueuedRevision(r, r.Organization!,
            r.OpportunityId is { } id ? opportunities.GetValueOrDefault(id) : null, Checklist(r))).ToList();
    }

    public static IReadOnlyList<ChecklistItem> Checklist(Revision r) =>
        r.Profile is { } profile ? VettingChecklist.For(profile) : VettingChecklist.For(r.Opportunity!);

    public async Task<Outcome> ApproveAsync(AppUser reviewer, Reader reader, int id, IReadOnlyCollection<string> confirmed, string? comment,
        CancellationToken ct)
    {
        var revision = await InScope(reader).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (revision is null)
            return Outcome.NotFound(PublishingText.Say($"Revision {id} is not in your cluster's vetting queue."));
        var checklist = Checklist(revision);
        var unconfirmed = checklist.Select(i => i.Code).Except(confirmed).ToList();
        if (unconfirmed.Count > 0)
            return Outcome.Invalid("checklist", PublishingText.Say($"Confirm every checklist item before approving; unconfirmed: {string.Join(", ", unconfirmed)}."));
        if (checklist.FirstOrDefault(i => i.Code == VettingChecklist.Prohibited && !i.Passed) is { } prohibited)
            return Outcome.Invalid("checklist", PublishingText.Say($"The proposal contains prohibited content ({prohibited.Detail}); reject it with a comment."));
        var now = clock.GetUtcNow().UtcDateTime;
        // Only the checklist's own codes are kept: the request may confirm more than the proposal's list.
        var decided = revision.Approve(reviewer.Id, checklist.Select(i => i.Code), comment, now);
        if (!decided.Succeeded)
            return decided;
        // The translation jobs of what becomes public are saved with the approval: none is lost, none sent before it.
        if (revision.Profile is { } profile)
        {
            Apply(revision.Organization!, profile, now);
            await translations.EnqueueAsync(Organization.TranslationSubject, revision.Organization!.Id, ct);
        }
        else if (await db.Opportunities.SingleOrDefaultAsync(o => o.Id == revision.OpportunityId, ct) is { } opportunity)
        {
            Apply(opportunity, revision.Opportunity!, now);
            await translations.EnqueueAsync(Opportunity.TranslationSubject, opportunity.Id, ct);
        }
        await db.SaveChangesAsync(ct);
        await changes.OrganizationsChangedAsync([revision.Organization!.ExternalId], ct);
        return Outcome.Ok;
    }

    public async Task<Outcome> RejectAsync(AppUser reviewer, Reader reader, int id, string? comment, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(comment))
            return Outcome.Invalid("comment", PublishingText.Say("Say why the proposal is rejected: the member sees the comment."));
        var revision = await InScope(reader).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (revision is null)
            return Outcome.NotFound(PublishingText.Say($"Revision {id} is not in your cluster's vetting queue."));
        var decided = revision.Reject(reviewer.Id, comment, clock.GetUtcNow().UtcDateTime);
        if (decided.Succeeded)
            await db.SaveChangesAsync(ct);
        return decided;
    }

    void Apply(Organization o, ProfileContent c, DateTime now)
    {
        (o.NameKo, o.NameZh, o.NameEn) = (c.Name.Ko?.Text, c.Name.Zh?.Text, c.Name.En?.Text);
        (o.DescriptionKo, o.DescriptionZh, o.DescriptionEn) = (c.Description.Ko?.Text, c.Description.Zh?.Text, c.Description.En?.Text);
        o.TextStates = TranslationStates.Encode([("name", c.Name), ("description", c.Description)]);
        // A changed list's machine translations no longer say what it says; the queue drafts them again.
        if (!o.Offers.SequenceEqual(c.Offers))
            o.DropMachinePhrases(OrganizationSubject.Offers);
        if (!o.Needs.SequenceEqual(c.Needs))
            o.DropMachinePhrases(OrganizationSubject.Needs);
        (o.Offers, o.Needs) = (c.Offers.ToList(), c.Needs.ToList());
        (o.Founded, o.Employees, o.Patents, o.City, o.Website) = (c.Founded, c.Employees, c.Patents, c.City, c.Website);
        (o.DescriptionVisibility, o.PipelineVisibility, o.FiguresVisibility, o.ContactVisibility) =
            (c.DescriptionVisibility, c.PipelineVisibility, c.FiguresVisibility, c.ContactVisibility);
        // As on import: without given sectors, they are inferred from the text.
        o.SectorsInferred = c.Sectors.Count == 0;
        var wanted = (o.SectorsInferred
            ? extractor.Extract(string.Join("\n", c.Description.Text.Present().Select(p => p.Text).Concat(c.Offers).Concat(c.Needs)))
                .Select(m => m.Concept.Code)
            : c.Sectors).ToHashSet();
        o.Sectors.RemoveAll(s => !wanted.Contains(s.ConceptCode));
        o.Sectors.AddRange(wanted.Except(o.Sectors.Select(s => s.ConceptCode)).Select(code => new OrganizationSector { ConceptCode = code }));
        o.UpdatedAt = now;
    }

    static void Apply(Opportunity o, OpportunityContent c, DateTime now)
    {
        (o.Kind, o.Language, o.Concepts, o.Deadline, o.TargetClusterId, o.Visibility) =
            (c.Kind, c.Language, c.Concepts.ToList(), c.Deadline, c.TargetCluster, c.Visibility);
        (o.Title, o.Body) = (c.Title.Get(c.Language)!.Text, c.Body.Get(c.Language)!.Text);
        var others = LocalizedText.Languages.Where(l => l != c.Language && c.Title.Get(l) is not null && c.Body.Get(l) is not null).ToList();
        o.Translations.RemoveAll(t => !others.Contains(t.Language));
        foreach (var language in others)
        {
            var (title, body) = (c.Title.Get(language)!, c.Body.Get(language)!);
            if (o.Translations.Find(t => t.Language == language) is { } existing)
                (existing.Title, existing.Body, existing.State) = (title.Text, body.Text, Weaker(title.State, body.State));
            else
                o.Translations.Add(new OpportunityTranslation { Language = language, Title = title.Text, Body = body.Text, State = Weaker(title.State, body.State) });
        }
        o.ApprovedAt ??= now;
    }

    /// <summary>A translation is as trustworthy as its least checked part: a machine-drafted text keeps the pair "machine".</summary>
    static TranslationState Weaker(TranslationState a, TranslationState b) =>
        a == TranslationState.Machine || b == TranslationState.Machine ? TranslationState.Machine
        : a == TranslationState.Verified || b == TranslationState.Verified ? TranslationState.Verified
        : TranslationState.Original;
}
