using System.Net;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Tests.Accounts;

public sealed class SignInRateLimitTests(AppWithStrictSignInLimit app) : IClassFixture<AppWithStrictSignInLimit>
{
    [Fact]
    public async Task Sign_ins_beyond_the_limit_in_a_minute_are_refused_with_429_and_retry_after_before_any_password_is_checked()
    {
        const string email = "guessed@ratelimit.example";
        await app.AccountAsync(email, Roles.Member, "sbh-organofit");
        var attacker = app.Browser("en");
        for (var attempt = 1; attempt <= AppWithStrictSignInLimit.Limit; attempt++)
            (await attacker.SignInAsync(email, $"guess-{attempt}")).ShouldStartWith("/account/sign-in?error=invalid");

        // Even the right password is not looked at once the address has used its attempts.
        var refused = await attacker.PostFormAsync("/account/sign-in", "/account/sign-in",
            new() { ["email"] = email, ["password"] = BioBridgeApp.DemoPassword, ["returnUrl"] = "/" });
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull("a refused client is told when to come back");
        refused.Headers.RetryAfter.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        refused.Headers.Contains("Set-Cookie").ShouldBeFalse("no session is handed out");

        var failures = await app.InDbAsync(db => db.Set<AuditEntry>().Where(a => a.Category == AuditEntry.Security && a.Action == SecurityLog.SignInFailed)
            .Join(db.Users.Where(u => u.Email == email), a => a.SubjectUserId, u => u.Id, (a, _) => a.Id).CountAsync());
        failures.ShouldBe(AppWithStrictSignInLimit.Limit);
    }
}
