using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.Accounts;

/// <summary>Invitations, sign-up, e-mail confirmation, password reset, lockout and two-factor sign-in, on each provider.</summary>
public abstract class AccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppWithMail
{
    const string NewPassword = "Another-password-2026";

    string Email(string name) => $"{name}-{app.Provider}@accounts.example".ToLowerInvariant();

    async Task<JsonElement> InviteAsync(HttpClient inviter, string email, string organization, string role = "member", string language = "ko",
        HttpStatusCode expected = HttpStatusCode.Created) =>
        await BioBridgeApp.JsonAsync(await inviter.PostAsJsonAsync("/api/v1/account/invitations", new { email, organization, role, language }), expected);

    [Fact]
    public async Task An_invited_person_signs_up_confirms_the_e_mail_and_signs_in_and_the_link_works_once()
    {
        var email = Email("invitee");
        var sent = await InviteAsync(await app.OperatorAsync(), email, "sbh-organofit");
        sent.GetProperty("mailed").GetBoolean().ShouldBeTrue();

        var invitation = await app.MailToAsync(email);
        invitation.Subject!.ShouldContain("BioBridge 초대");
        var signUpPage = AccountFlows.LinkIn(invitation);
        signUpPage.ShouldStartWith("/account/invitation?token=");
        var browser = app.Browser("ko");
        var done = await browser.SubmitAsync(signUpPage, "sign-up",
            new() { ["displayName"] = "김초대", ["password"] = NewPassword, ["terms"] = "true", ["privacy"] = "true" });
        done.ShouldContain("data-testid=\"signed-up\"");

        (await browser.SignInAsync(email, NewPassword)).ShouldStartWith("/account/sign-in?error=unconfirmed");
        var confirmation = await app.MailToAsync(email, m => m != invitation);
        var confirmed = WebUtility.HtmlDecode(await browser.GetStringAsync(AccountFlows.LinkIn(confirmation)));
        confirmed.ShouldContain("data-testid=\"email-confirmed\"");
        (await browser.SignInAsync(email, NewPassword)).ShouldBe("/");

        var user = await app.InDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        (await app.InDbAsync(db => db.Organizations.Where(o => o.Id == user.OrganizationId).Select(o => o.ExternalId).SingleAsync())).ShouldBe("sbh-organofit");
        var consents = await BioBridgeApp.OkJsonAsync(await browser.GetAsync("/api/v1/account/consents"));
        consents.GetProperty("current").EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("given").GetBoolean()))
            .ShouldBe([(Consents.Terms, true), (Consents.Privacy, true), (Consents.CrossBorderTransfer, false)]);

        var again = await app.Browser("ko").GetStringAsync(signUpPage);
        WebUtility.HtmlDecode(again).ShouldContain("이미 사용된 초대입니다");
    }

    [Fact]
    public async Task An_expired_invitation_is_refused_with_a_clear_message()
    {
        var email = Email("late");
        await InviteAsync(await app.OperatorAsync(), email, "sbh-organofit", language: "zh");
        var link = AccountFlows.LinkIn(await app.MailToAsync(email));
        await app.InDbAsync(db => db.Set<Invitation>().Where(i => i.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));

        var page = WebUtility.HtmlDecode(await app.Browser("zh-CN").GetStringAsync(link));
        page.ShouldContain("邀请已过期");
        page.ShouldNotContain("name=\"password\"");
        (await app.InDbAsync(db => db.Users.AnyAsync(u => u.Email == email))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_operator_cannot_invite_into_another_clusters_organization_and_a_member_cannot_invite()
    {
        var seoulOperator = await app.OperatorAsync();
        await InviteAsync(seoulOperator, Email("cross"), "cq-xiaowan", expected: HttpStatusCode.Forbidden);
        var member = await app.MemberAsync(Email("plain-member"), "sbh-organofit");
        (await member.PostAsJsonAsync("/api/v1/account/invitations", new { email = Email("friend"), organization = "sbh-organofit", role = "member" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unknown = await InviteAsync(seoulOperator, "not-an-address", "sbh-organofit", role: "boss", expected: HttpStatusCode.BadRequest);
        unknown.GetProperty("errors").GetProperty("email").ToString().ShouldContain("not-an-address");
        unknown.GetProperty("errors").GetProperty("role").ToString().ShouldContain("member or org-admin");

        // An organization admin invites colleagues of their own organization only.
        await app.AccountAsync(Email("org-admin"), Roles.OrganizationAdmin, "sbh-organofit");
        var orgAdmin = await app.SignedInAsync(Email("org-admin"));
        await InviteAsync(orgAdmin, Email("colleague"), "sbh-organofit");
        await InviteAsync(orgAdmin, Email("stranger"), "sbh-hanui-cell", expected: HttpStatusCode.Forbidden);
        (await app.InDbAsync(db => db.Set<Invitation>().CountAsync(i => i.Email == Email("cross") || i.Email == Email("stranger")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_password_is_reset_through_the_e_mailed_link()
    {
        var email = Email("forgetful");
        await app.AccountAsync(email, Roles.Member, "sbh-organofit");
        var browser = app.Browser("en");
        var asked = await browser.SubmitAsync("/account/forgot-password", "forgot-password", new() { ["email"] = email });
        asked.ShouldContain("data-testid=\"reset-sent\"");
        var link = AccountFlows.LinkIn(await app.MailToAsync(email, m => m.Subject!.Contains("password")));
        var reset = await browser.SubmitAsync(link, "reset-password", new() { ["password"] = NewPassword });
        reset.ShouldContain("data-testid=\"password-reset\"");

        (await browser.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/sign-in?error=invalid");
        (await browser.SignInAsync(email, NewPassword)).ShouldBe("/");
        // The link works once.
        (await app.Browser().SubmitAsync(link, "reset-password", new() { ["password"] = "Third-password-2026" })).ShouldContain("not valid");
    }

    [Theory]
    [InlineData("ko", "로그인 실패가 너무 많아 계정이 잠겼습니다")]
    [InlineData("zh-CN", "登录失败次数过多，账户已被锁定")]
    [InlineData("en", "Too many failed sign-ins: the account is locked")]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_password_until_the_lockout_ends(string language, string message)
    {
        var email = Email("brute-" + language);
        await app.AccountAsync(email, Roles.Member, "sbh-organofit");
        var attacker = app.Browser(language);
        for (var attempt = 1; attempt < 5; attempt++)
            (await attacker.SignInAsync(email, $"wrong-{attempt}")).ShouldStartWith("/account/sign-in?error=invalid");
        var locked = await attacker.SignInAsync(email, "wrong-5");
        locked.ShouldStartWith("/account/sign-in?error=locked");
        (await attacker.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/sign-in?error=locked");
        WebUtility.HtmlDecode(await attacker.GetStringAsync(locked)).ShouldContain(message);

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            (await users.GetLockoutEndDateAsync(user)).ShouldNotBeNull().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddSeconds(-1)); // fifteen minutes later
        }
        (await attacker.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldBe("/");
        var events = await app.InDbAsync(db => db.Set<AuditEntry>().Where(a => a.SubjectUserId != null && a.Category == AuditEntry.Security)
            .Join(db.Users.Where(u => u.Email == email), a => a.SubjectUserId, u => u.Id, (a, _) => a.Action).ToListAsync());
        events.Count(a => a == SecurityLog.SignInFailed).ShouldBe(4);
        events.ShouldContain(SecurityLog.LockedOut);
        events.ShouldContain(SecurityLog.SignInSucceeded);
    }

    [Fact]
    public async Task Two_factor_needs_a_valid_code_to_turn_on_then_sign_in_asks_for_it_and_a_recovery_code_works_once()
    {
        var email = Email("careful");
        await app.AccountAsync(email, Roles.Member, "sbh-organofit");
        var browser = app.Browser("en");
        (await browser.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldBe("/");
        var setup = await BioBridgeApp.OkJsonAsync(await browser.GetAsync("/api/v1/account/two-factor"));
        setup.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        var key = setup.GetProperty("sharedKey").GetString()!;
        setup.GetProperty("authenticatorUri").GetString()!.ShouldStartWith($"otpauth://totp/BioBridge%3A{Uri.EscapeDataString(email)}?secret={key}");

        var wrong = AccountFlows.Totp(key, 10);
        (await browser.PostAsJsonAsync("/api/v1/account/two-factor", new { code = wrong })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var enabled = await BioBridgeApp.OkJsonAsync(await browser.PostAsJsonAsync("/api/v1/account/two-factor", new { code = AccountFlows.Totp(key) }));
        var recoveryCodes = enabled.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        recoveryCodes.Count.ShouldBe(TwoFactor.RecoveryCodes);

        var phone = app.Browser("en");
        (await phone.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/two-factor");
        (await phone.GetAsync("/api/v1/account/consents")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var withCode = await phone.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["code"] = AccountFlows.Totp(key, 1), ["returnUrl"] = "/" });
        withCode.Headers.Location!.OriginalString.ShouldBe("/");
        (await phone.GetAsync("/api/v1/account/consents")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var laptop = app.Browser("en");
        (await laptop.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/two-factor");
        var recovered = await laptop.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["recoveryCode"] = recoveryCodes[0], ["returnUrl"] = "/" });
        recovered.Headers.Location!.OriginalString.ShouldBe("/");

        var thief = app.Browser("en");
        (await thief.SignInAsync(email, BioBridgeApp.DemoPassword)).ShouldStartWith("/account/two-factor");
        var reused = await thief.PostFormAsync("/account/two-factor", "/account/two-factor", new() { ["recoveryCode"] = recoveryCodes[0], ["returnUrl"] = "/" });
        reused.Headers.Location!.OriginalString.ShouldStartWith("/account/two-factor?error=invalid");
    }

    [Fact]
    public async Task A_personal_access_token_calls_the_api_with_its_owners_rights_only_until_revoked_or_expired()
    {
        var email = Email("scripter");
        var member = await app.MemberAsync(email, "sbh-organofit");
        var created = await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/account/tokens", new { name = "CRM sync", expiresInDays = 30 }),
            HttpStatusCode.Created);
        var secret = created.GetProperty("token").GetString()!;
        secret.ShouldStartWith(AccessToken.Prefix);

        var script = app.Anonymous();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var mine = await BioBridgeApp.OkJsonAsync(await script.GetAsync("/api/v1/account/tokens"));
        mine.EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("CRM sync");
        (await script.GetAsync("/api/v1/organizations/export")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var operatorToken = await BioBridgeApp.JsonAsync(await (await app.OperatorAsync()).PostAsJsonAsync("/api/v1/account/tokens",
            new { name = "export", expiresInDays = 1 }), HttpStatusCode.Created);
        var operatorScript = app.Anonymous();
        operatorScript.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken.GetProperty("token").GetString());
        (await operatorScript.GetAsync("/api/v1/organizations/export")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var stored = await app.InDbAsync(db => db.Set<AccessToken>().AsNoTracking().SingleAsync(t => t.Id == created.GetProperty("id").GetInt32()));
        stored.TokenHash.ShouldBe(Secret.Hash(secret));
        stored.TokenHash.ShouldNotContain(secret);

        (await member.DeleteAsync($"/api/v1/account/tokens/{stored.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await app.InDbAsync(db => db.Set<AccessToken>().Where(t => t.Id == operatorToken.GetProperty("id").GetInt32())
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));
        (await operatorScript.GetAsync("/api/v1/organizations/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bogus = app.Anonymous();
        bogus.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken.Prefix + "made-up");
        (await bogus.GetAsync("/api/v1/account/tokens")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
