using BioBridge.Data;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Accounts;

/// <summary>
/// Sign-up from an invitation link: creates the account in the invited organization and role with the consents given,
/// marks the invitation used (all in one transaction), and mails the link that confirms the e-mail address.
/// </summary>
public sealed class AcceptInvitation(AppDb db, IAccountOrganizations organizations, UserManager<AppUser> users, AccountMail mail, SecurityLog log, TimeProvider clock)
{
    public async Task<Outcome<InvitationView>> FindAsync(string? token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (invitation is null)
            return Outcome.NotFound(AccountText.Say("This invitation link is not valid. Check that the whole link was copied, or ask for a new invitation."));
        var usable = invitation.CheckUsable(clock.GetUtcNow().UtcDateTime);
        if (!usable.Succeeded)
            return usable;
        var organization = await organizations.All.Where(o => o.Id == invitation.OrganizationId).Select(o => o.ExternalId).SingleAsync(ct);
        return Outcome.Success(new InvitationView(invitation.Email, organization, invitation.Role, invitation.Language));
    }

    public async Task<Outcome> HandleAsync(SignUpInput input, CancellationToken ct)
    {
        var (found, view) = await FindAsync(input.Token, ct);
        if (!found.Succeeded)
            return found;
        var errors = new Dictionary<string, string[]>();
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is 0 or > FieldLengths.Name)
            errors["displayName"] = [AccountText.Say("Your name is required (at most 200 characters).")];
        if (!input.Terms)
            errors["terms"] = [AccountText.Say("Accept the terms of use to open an account.")];
        if (!input.Privacy)
            errors["privacy"] = [AccountText.Say("Accept the privacy policy to open an account.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        var invitation = (await LoadAsync(input.Token, ct))!;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new AppUser
        {
            UserName = view!.Email, Email = view.Email, DisplayName = name, PreferredLanguage = view.Language, OrganizationId = invitation.OrganizationId,
        };
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var created = await users.CreateAsync(user, input.Password ?? "");
            if (!created.Succeeded)
                return Outcome.Invalid("password", string.Join(" ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, invitation.Role);
            foreach (var (kind, given) in new[] { (Consents.Terms, true), (Consents.Privacy, true), (Consents.CrossBorderTransfer, input.CrossBorderTransfer) })
                db.Add(new ConsentRecord { UserId = user.Id, Kind = kind, Version = Consents.CurrentVersions[kind], Given = given, At = now });
            invitation.Accept(user.Id, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        await log.RecordAsync(SecurityLog.SignedUp, user.Id, new { invitation = invitation.Id, role = invitation.Role }, ct);
        await SendConfirmationAsync(users, mail, user, ct);
        return Outcome.Ok;
    }

    public static async Task SendConfirmationAsync(UserManager<AppUser> users, AccountMail mail, AppUser user, CancellationToken ct)
    {
        var code = PasswordReset.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = mail.Link($"/account/confirm?user={user.Id}&code={code}");
        await mail.SendAsync(AccountMailKind.ConfirmEmail, user.Email!, user.DisplayName, user.PreferredLanguage ?? UiLanguage.Current, link, user.DisplayName, ct);
    }

    Task<Invitation?> LoadAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token))
            return Task.FromResult<Invitation?>(null);
        var hash = Secret.Hash(token.Trim());
        return db.Set<Invitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
    }
}
