using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>The form posts that sign in: they answer redirects, so the pages show the outcome in the visitor's language.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/account").ExcludeFromDescription().RequireRateLimiting(RateLimits.SignIn);
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous();
        group.MapPost("/two-factor", TwoFactorSignInAsync).AllowAnonymous();
        // Antiforgery is asked for explicitly (no form field is bound): no other site may sign a user out.
        group.MapPost("/sign-out", SignOutAsync).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    static async Task<RedirectHttpResult> SignInAsync([FromForm] string email, [FromForm] string password, [FromForm] string? returnUrl,
        SignInManager<AppUser> signIn, SecurityLog log)
    {
        var target = LocalUrl.OrHome(returnUrl);
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null || user.DeletedAt is not null)
        {
            await log.RecordAsync(SecurityLog.SignInFailed, null, new { email, reason = "unknown e-mail" });
            return Back("sign-in", "invalid", target);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: true, lockoutOnFailure: true);
        return await AnswerAsync(result, user.Id, target, "sign-in", log);
    }

    /// <summary>The second step when two-factor sign-in is on: a code of the authenticator app, or one recovery code.</summary>
    static async Task<RedirectHttpResult> TwoFactorSignInAsync([FromForm] string? code, [FromForm] string? recoveryCode, [FromForm] string? returnUrl,
        SignInManager<AppUser> signIn, SecurityLog log)
    {
        var target = LocalUrl.OrHome(returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return Back("sign-in", "expired", target);
        var byRecovery = string.IsNullOrWhiteSpace(code) && !string.IsNullOrWhiteSpace(recoveryCode);
        var result = byRecovery
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode!.Replace(" ", ""))
            : await signIn.TwoFactorAuthenticatorSignInAsync((code ?? "").Replace(" ", "").Replace("-", ""), isPersistent: true, rememberClient: false);
        if (result.Succeeded && byRecovery)
            await log.RecordAsync(SecurityLog.RecoveryCodeUsed, user.Id);
        return await AnswerAsync(result, user.Id, target, "two-factor", log);
    }

    static async Task<RedirectHttpResult> AnswerAsync(Microsoft.AspNetCore.Identity.SignInResult result, string userId, string target, string form, SecurityLog log)
    {
        if (result.Succeeded)
        {
            await log.RecordAsync(SecurityLog.SignInSucceeded, userId);
            return TypedResults.LocalRedirect(target);
        }
        if (result.RequiresTwoFactor)
            return TypedResults.LocalRedirect($"/account/two-factor?returnUrl={Uri.EscapeDataString(target)}");
        var error = result.IsLockedOut ? "locked" : result.IsNotAllowed ? "unconfirmed" : "invalid";
        await log.RecordAsync(result.IsLockedOut ? SecurityLog.LockedOut : SecurityLog.SignInFailed, userId, new { reason = error, step = form });
        return Back(form, error, target);
    }

    static RedirectHttpResult Back(string form, string error, string target) =>
        TypedResults.LocalRedirect($"/account/{form}?error={error}&returnUrl={Uri.EscapeDataString(target)}");

    static async Task<Results<ProblemHttpResult, RedirectHttpResult>> SignOutAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        // No form field is bound here, so the antiforgery middleware's verdict is not enforced by binding: check it.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            return TypedResults.Problem(AccountText.Say("The form has no valid antiforgery token; reload the page and sign out again."),
                statusCode: StatusCodes.Status400BadRequest);
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }
}
