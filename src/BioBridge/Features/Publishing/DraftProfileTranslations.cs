using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Publishing;

/// <summary>
/// A member asks for machine drafts of the languages their profile lacks: the drafts join the latest proposal
/// (or the published profile) as a new proposal, each marked "machine" until the organization verifies it.
/// </summary>
public sealed class DraftProfileTranslations(AppDb db, IMachineTranslator translator, SubmitProfile submit)
{
    public async Task<Outcome<Revision>> HandleAsync(AppUser member, CancellationToken ct)
    {
        if (member.OrganizationId is not { } organizationId)
            return Outcome.NotFound(PublishingText.Say("Your account speaks for no organization, so it has no profile to edit."));
        if (!translator.IsEnabled)
            return Outcome.Conflict(PublishingText.Say("Machine translation is not configured on this platform (BioBridge:MachineTranslation)."));
        var latest = await LatestAsync(db, organizationId, ct);
        if (latest is null)
            return Outcome.NotFound(PublishingText.Say("Your organization has no profile."));
        // The organization's name is never translated: a missing language gets the name as written.
        LocalizedText[] names = [latest.Name.Text];
        var drafts = await translator.DraftMissingAsync(latest.Name, latest.Description, names, ct);
        if (!drafts.Succeeded)
            return drafts.Verdict;
        return await submit.HandleAsync(member, latest with { Name = drafts.Value.Heading, Description = drafts.Value.Text }, ct);
    }

    /// <summary>What the organization last proposed, else what is published.</summary>
    public static async Task<ProfileContent?> LatestAsync(AppDb db, int organizationId, CancellationToken ct)
    {
        var pending = await db.Revisions.AsNoTracking()
            .Where(r => r.OrganizationId == organizationId && r.Kind == RevisionKind.Profile && r.Status == RevisionStatus.Pending)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (pending?.Profile is { } proposed)
            return proposed;
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Sectors).SingleOrDefaultAsync(o => o.Id == organizationId, ct);
        return organization is null ? null : ProfileContent.Of(organization);
    }
}
