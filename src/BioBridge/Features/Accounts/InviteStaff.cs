using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Language;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BioBridge.Features.Accounts;

/// <summary>
/// An operator invites the staff of an organization of their cluster, an organization admin the staff of their own
/// organization, a platform admin anyone; the invitee gets a one-time link by e-mail in the chosen language.
/// </summary>
public sealed class InviteStaff(AppDb db, IAccountOrganizations organizations, UserManager<AppUser> users, AccountMail mail, SecurityLog log, IOptions<AccountOptions> options,
    TimeProvider clock)
{
    public static bool MayInvite(ClaimsPrincipal principal) =>
        principal.IsInRole(Roles.Admin) || principal.IsInRole(Roles.Operator) || principal.IsInRole(Roles.OrganizationAdmin);

    public async Task<Outcome<InvitationSent>> HandleAsync(ClaimsPrincipal principal, InvitationInput input, CancellationToken ct)
    {
        var inviter = await users.GetUserAsync(principal);
        if (inviter is null || !MayInvite(principal))
            return Outcome.Forbidden(AccountText.Say("Only operators and organization admins invite staff."));
        var errors = new Dictionary<string, string[]>();
        var email = input.Email?.Trim() ?? "";
        if (email.Length == 0 || email.Length > FieldLengths.Email || !new EmailAddressAttribute().IsValid(email))
            errors["email"] = [AccountText.Say($"'{email}' is not an e-mail address.")];
        if (!Invitation.Roles.Contains(input.Role))
            errors["role"] = [AccountText.Say($"The role is {string.Join(" or ", Invitation.Roles)}.")];
        var language = string.IsNullOrWhiteSpace(input.Language) ? UiLanguage.Current : input.Language.Trim();
        if (!UiLanguage.All.Contains(language))
            errors["language"] = [AccountText.Say($"The language is {string.Join(", ", UiLanguage.All)}.")];
        var organization = await organizations.All.FirstOrDefaultAsync(o => o.ExternalId == input.Organization, ct);
        if (organization is null)
            errors["organization"] = [AccountText.Say($"No organization has the external id '{input.Organization}'.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var allowed = principal.IsInRole(Roles.Admin)
            || principal.IsInRole(Roles.Operator) && inviter.ClusterId == organization!.ClusterId
            || principal.IsInRole(Roles.OrganizationAdmin) && inviter.OrganizationId == organization!.Id;
        if (!allowed)
            return Outcome.Forbidden(AccountText.Say("You may not invite staff of this organization: operators invite for organizations of their own cluster, organization admins for their own organization."));
        if (await users.FindByEmailAsync(email) is not null)
            return Outcome.Conflict(AccountText.Say($"{email} already has an account."));

        var now = clock.GetUtcNow().UtcDateTime;
        var secret = Secret.New();
        var invitation = new Invitation
        {
            Email = email, OrganizationId = organization!.Id, Role = input.Role!, Language = language, TokenHash = Secret.Hash(secret),
            InvitedByUserId = inviter.Id, CreatedAt = now, ExpiresAt = now.AddDays(options.Value.InvitationDays),
        };
        db.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = mail.Link($"/account/invitation?token={secret}");
        var about = organization.Name.GetWithFallback(language).Text ?? input.Organization;
        var mailed = await mail.SendAsync(AccountMailKind.Invitation, email, null, language, link, about, ct);
        await log.RecordAsync(SecurityLog.Invited, null, new { email, organization = input.Organization, role = input.Role }, ct);
        // Without a mail server the inviter passes the link on by hand.
        return Outcome.Success(new InvitationSent(invitation.Id, email, invitation.ExpiresAt, mailed, mailed ? null : link));
    }

    /// <summary>The organizations the caller may invite staff of (the first 500 by external id), for the form's choices.</summary>
    public async Task<IReadOnlyList<(string ExternalId, LocalizedText Name)>> OrganizationsAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !MayInvite(principal))
            return [];
        var all = principal.IsInRole(Roles.Admin);
        var cluster = principal.IsInRole(Roles.Operator) ? user.ClusterId : null;
        var organization = principal.IsInRole(Roles.OrganizationAdmin) ? user.OrganizationId : null;
        var rows = await organizations.All
            .Where(o => all || cluster != null && o.ClusterId == cluster || organization != null && o.Id == organization)
            .OrderBy(o => o.ExternalId).Take(500).ToListAsync(ct);
        return rows.Select(o => (o.ExternalId, o.Name)).ToList();
    }

    /// <summary>The invitations the caller may see: all for admins, their cluster's for operators, their organization's for organization admins.</summary>
    public async Task<IReadOnlyList<InvitationItem>> ListAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !MayInvite(principal))
            return [];
        var query = db.Set<Invitation>().AsNoTracking();
        if (!principal.IsInRole(Roles.Admin))
        {
            var cluster = principal.IsInRole(Roles.Operator) ? user.ClusterId : null;
            var organization = principal.IsInRole(Roles.OrganizationAdmin) ? user.OrganizationId : null;
            query = query.Where(i => cluster != null && organizations.All.Any(o => o.Id == i.OrganizationId && o.ClusterId == cluster)
                || organization != null && i.OrganizationId == organization);
        }
        var rows = await query.OrderByDescending(i => i.CreatedAt).Take(500)
            .Join(organizations.All, i => i.OrganizationId, o => o.Id, (i, o) => new { Invitation = i, Organization = o })
            .ToListAsync(ct);
        return rows.Select(r => new InvitationItem(r.Invitation.Id, r.Invitation.Email, r.Organization.ExternalId, r.Organization.Name,
            r.Invitation.Role, r.Invitation.Language, r.Invitation.CreatedAt, r.Invitation.ExpiresAt, r.Invitation.AcceptedAt)).ToList();
    }
}
