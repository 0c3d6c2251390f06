using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BioBridge.Features.Accounts;

/// <summary>
/// The caller's own account over the API (cookie or personal access token): tokens, consents, two-factor, export,
/// deletion; invitations for operators and organization admins; the audit log for admins.
/// </summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/account").WithTags("Account").RequireAuthorization();
        me.MapGet("/tokens", async (ClaimsPrincipal user, AccessTokens tokens, CancellationToken ct) => TypedResults.Ok(await tokens.ListAsync(user, ct)))
            .WithName("ListAccessTokens").WithSummary("The caller's personal access tokens (never their secrets).");
        me.MapPost("/tokens", CreateTokenAsync).WithName("CreateAccessToken")
            .WithSummary("Creates a named personal access token with an expiry; the secret is in this answer only.");
        me.MapDelete("/tokens/{id:int}", async (int id, ClaimsPrincipal user, AccessTokens tokens, CancellationToken ct) =>
                (await tokens.RevokeAsync(user, id, ct)).ToResult(TypedResults.NoContent))
            .WithName("RevokeAccessToken").WithSummary("Revokes one of the caller's tokens: it no longer authenticates.");
        me.MapGet("/consents", ConsentsAsync).WithName("ListConsents")
            .WithSummary("The caller's consents (terms, privacy, cross-border transfer): current state and full history.");
        me.MapPost("/consents", RecordConsentAsync).WithName("RecordConsent").WithSummary("Gives or withdraws one consent.");
        me.MapGet("/two-factor", TwoFactorSetupAsync).WithName("GetTwoFactorSetup")
            .WithSummary("Two-factor state, with the shared key and otpauth URI to set up an authenticator app.");
        me.MapPost("/two-factor", EnableTwoFactorAsync).WithName("EnableTwoFactor")
            .WithSummary("Enables two-factor sign-in given a current authenticator code; answers the one-time recovery codes.");
        me.MapPost("/two-factor/disable", async (CodeRequest request, ClaimsPrincipal user, TwoFactor twoFactor) =>
                (await twoFactor.DisableAsync(user, request.Code)).ToResult(TypedResults.NoContent))
            .WithName("DisableTwoFactor").WithSummary("Disables two-factor sign-in given a current authenticator code.");
        me.MapPost("/password", async (PasswordChange change, ClaimsPrincipal user, AccountSecurity security) =>
                (await security.ChangePasswordAsync(user, change)).ToResult(TypedResults.NoContent))
            .WithName("ChangePassword")
            .WithSummary("Changes the caller's password given the current one; every other session and every access token ends.");
        me.MapGet("/export", ExportAsync).WithName("ExportPersonalData")
            .WithSummary("Everything the platform keeps about the caller, as a JSON download.");
        me.MapPost("/deletion", DeleteAsync).WithName("DeleteAccount")
            .WithSummary("Deletes the caller's account, confirmed with the password: personal fields are anonymized, sign-in ends.");
        me.MapGet("/invitations", async (ClaimsPrincipal user, InviteStaff invite, CancellationToken ct) => TypedResults.Ok(await invite.ListAsync(user, ct)))
            .WithName("ListInvitations").WithSummary("Invitations the caller may see: of their cluster (operators) or organization (organization admins).");
        me.MapPost("/invitations", InviteAsync).WithName("InviteStaff")
            .WithSummary("Invites a person to open an account for an organization as member or org-admin; the link is mailed in their language. " +
                "Operators invite for their cluster's organizations, organization admins for their own; anyone else gets 403.");
        var admin = app.MapGroup("/admin/users/{userId}").WithTags("Account").RequireAuthorization(Policies.Admin);
        admin.MapPost("/disable", async (string userId, AccountSecurity security, CancellationToken ct) =>
                (await security.DisableAsync(userId, ct)).ToResult(TypedResults.NoContent))
            .WithName("DisableAccount").WithSummary("Disables an account: it cannot sign in, and its sessions and access tokens end at once.");
        admin.MapPost("/enable", async (string userId, AccountSecurity security, CancellationToken ct) =>
                (await security.EnableAsync(userId, ct)).ToResult(TypedResults.NoContent))
            .WithName("EnableAccount").WithSummary("Lets a disabled account sign in again.");
        admin.MapDelete("/roles/{role}", async (string userId, string role, AccountSecurity security, CancellationToken ct) =>
                (await security.RemoveRoleAsync(userId, role, ct)).ToResult(TypedResults.NoContent))
            .WithName("RemoveRole").WithSummary("Takes a role away from an account; its sessions and access tokens end at once.");
        app.MapGet("/audit", AuditAsync).WithTags("Account").WithName("ListAuditEntries")
            .WithSummary("The audit log, newest first, filtered by actor, entity type, category and period: every entry for admins, " +
                "for an operator the entries whose actor or subject is an account of their cluster.")
            .RequireAuthorization(Policies.Operator);
        return app;
    }

    static async Task<Results<Created<AccessTokenCreated>, ValidationProblem, ProblemHttpResult>> CreateTokenAsync(AccessTokenInput input,
        ClaimsPrincipal user, AccessTokens tokens, CancellationToken ct) =>
        (await tokens.CreateAsync(user, input, ct)).ToResult(created => TypedResults.Created($"/api/v1/account/tokens/{created.Id}", created));

    static async Task<Results<Ok<ConsentState>, UnauthorizedHttpResult>> ConsentsAsync(ClaimsPrincipal user, RecordConsent consents,
        Microsoft.AspNetCore.Identity.UserManager<AppUser> users, CancellationToken ct) =>
        users.GetUserId(user) is { } id ? TypedResults.Ok(await consents.StateAsync(id, ct)) : TypedResults.Unauthorized();

    static async Task<Results<Ok<ConsentItem>, ValidationProblem, ProblemHttpResult>> RecordConsentAsync(ConsentInput input, ClaimsPrincipal user,
        RecordConsent consents, CancellationToken ct) =>
        (await consents.HandleAsync(user, input, ct)).ToResult(TypedResults.Ok);

    static async Task<Results<Ok<AuthenticatorSetup>, UnauthorizedHttpResult>> TwoFactorSetupAsync(ClaimsPrincipal user, TwoFactor twoFactor) =>
        await twoFactor.SetupAsync(user) is { } setup ? TypedResults.Ok(setup) : TypedResults.Unauthorized();

    static async Task<Results<Ok<RecoveryCodesIssued>, ValidationProblem, ProblemHttpResult>> EnableTwoFactorAsync(CodeRequest request,
        ClaimsPrincipal user, TwoFactor twoFactor) =>
        (await twoFactor.EnableAsync(user, request.Code)).ToResult(codes => TypedResults.Ok(new RecoveryCodesIssued(codes)));

    static async Task<Results<FileContentHttpResult, UnauthorizedHttpResult>> ExportAsync(ClaimsPrincipal user, ExportPersonalData export, CancellationToken ct)
    {
        var data = await export.HandleAsync(user, ct);
        if (data is null)
            return TypedResults.Unauthorized();
        var json = JsonSerializer.SerializeToUtf8Bytes(data, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        return TypedResults.File(json, "application/json", "biobridge-personal-data.json");
    }

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAsync(DeletionRequest request, ClaimsPrincipal user,
        DeleteAccount delete, CancellationToken ct) =>
        (await delete.HandleAsync(user, request.Password, ct)).ToResult(TypedResults.NoContent);

    static async Task<Results<Created<InvitationSent>, ValidationProblem, ProblemHttpResult>> InviteAsync(InvitationInput input, ClaimsPrincipal user,
        InviteStaff invite, CancellationToken ct) =>
        (await invite.HandleAsync(user, input, ct)).ToResult(sent => TypedResults.Created($"/api/v1/account/invitations/{sent.Id}", sent));

    static async Task<Ok<AuditPage>> AuditAsync(ClaimsPrincipal user, AuditQueries audit, CancellationToken ct, string? actor = null, string? entity = null,
        string? category = null, DateOnly? from = null, DateOnly? to = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await audit.PageAsync(user, new AuditFilter(actor, entity, category, from, to, page, pageSize), ct));
}
