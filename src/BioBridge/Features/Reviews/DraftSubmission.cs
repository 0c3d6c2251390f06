using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

/// <summary>A member starts a draft for their organization, or edits it; eligibility is checked on submission, not on drafts.</summary>
public sealed class DraftSubmission(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<Submission>> CreateAsync(ReviewActor actor, string callSlug, SubmissionInput input, CancellationToken ct)
    {
        if (actor.ApplicantOrganization is not { } organizationId)
            return Outcome.Forbidden(ReviewText.Say("Only members of an organization apply to calls."));
        var call = await db.Calls.SingleOrDefaultAsync(c => c.Slug == callSlug && c.IsPublished, ct);
        if (call is null)
            return Outcome.NotFound(ReviewText.Say($"Call '{callSlug}' does not exist."));
        var now = clock.GetUtcNow();
        if (!CallRules.IsOpen(call.DeadlineUtc, now))
            return Outcome.Conflict(CallRules.LateMessage(call.DeadlineUtc, call.TimeZone));
        var draft = new Submission { CallId = call.Id, OrganizationId = organizationId, CreatedBy = actor.User.Id, CreatedAt = now.UtcDateTime };
        var outcome = await ApplyAsync(draft, call, input, now.UtcDateTime, ct);
        if (!outcome.Succeeded)
            return outcome;
        db.Submissions.Add(draft);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(draft);
    }

    public async Task<Outcome> EditAsync(ReviewActor actor, int submissionId, SubmissionInput input, CancellationToken ct)
    {
        var draft = await actor.Editable(db).Include(s => s.Call).Include(s => s.Partners).SingleOrDefaultAsync(s => s.Id == submissionId, ct);
        if (draft is null)
            return Outcome.NotFound(ReviewText.Say($"Submission {submissionId} does not exist or is not your organization's."));
        var outcome = await ApplyAsync(draft, draft.Call!, input, clock.GetUtcNow().UtcDateTime, ct);
        if (outcome.Succeeded)
            await db.SaveChangesAsync(ct);
        return outcome;
    }

    async Task<Outcome> ApplyAsync(Submission draft, Call call, SubmissionInput input, DateTime now, CancellationToken ct)
    {
        var wanted = (input.Partners ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct().ToList();
        if (call.Kind == CallKind.Award && wanted.Count > 0)
            return Outcome.Invalid("partners", ReviewText.Say("An award nomination is for one organization; it has no partners."));
        var found = await db.Organizations.Where(o => wanted.Contains(o.ExternalId)).Select(o => new { o.Id, o.ExternalId }).ToListAsync(ct);
        var missing = wanted.Except(found.Select(f => f.ExternalId)).ToList();
        if (missing.Count > 0)
            return Outcome.Invalid("partners", ReviewText.Say($"Unknown organization(s): {string.Join(", ", missing)}."));
        if (found.Any(f => f.Id == draft.OrganizationId))
            return Outcome.Invalid("partners", ReviewText.Say("The lead organization is not its own partner."));
        var edited = draft.Edit(input.Title, input.Summary, now);
        if (!edited.Succeeded)
            return edited;
        draft.Partners.RemoveAll(p => found.All(f => f.Id != p.OrganizationId));
        foreach (var f in found.Where(f => draft.Partners.All(p => p.OrganizationId != f.Id)))
            draft.Partners.Add(new SubmissionPartner { OrganizationId = f.Id });
        return Outcome.Ok;
    }
}
