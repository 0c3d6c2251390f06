namespace BioBridge.BrowserTests;

/// <summary>
/// An operator of Seoul Bio Hub (in Korean) invites a colleague of OrganoFit whose e-mails are in Chinese; the invitee
/// opens the link of the invitation e-mail, signs up in Chinese, confirms the address from the second e-mail and signs in.
/// </summary>
public sealed class InvitationFlowTests(InvitationBrowserApp app) : IClassFixture<InvitationBrowserApp>
{
    const string Invitee = "wang.fang@organofit.example";
    const string Password = "Invitee-password-2026";

    [Fact]
    public async Task An_operator_invites_and_the_invitee_signs_up_from_the_e_mail_link_and_signs_in_in_chinese()
    {
        var operatorPage = await app.SignedInPageAsync("operator@seoulbiohub.example", "ko");
        await operatorPage.GotoAsync(app.BaseUrl + "/account/invitations");
        (await operatorPage.Locator("h1").InnerTextAsync()).ShouldBe("초대");
        await operatorPage.Locator("input[name='email']").FillAsync(Invitee);
        await operatorPage.Locator("input[name='organization']").FillAsync("sbh-organofit");
        await operatorPage.Locator("select[name='role']").SelectOptionAsync("member");
        await operatorPage.Locator("select[name='language']").SelectOptionAsync("zh");
        await operatorPage.Locator("form button[type='submit']", new() { HasTextString = "초대 보내기" }).ClickAsync();
        (await operatorPage.Locator("[data-testid='invitation-sent']").InnerTextAsync()).ShouldContain(Invitee);
        (await operatorPage.Locator("[data-testid='invitation']", new() { HasTextString = Invitee }).InnerTextAsync()).ShouldContain("대기 중");

        var invitation = await app.LinkMailedToAsync(Invitee, m => m.Subject == "BioBridge 邀请");
        var invitee = await app.NewPageAsync();
        await invitee.GotoAsync($"{app.BaseUrl}/culture/zh?returnUrl=/");
        await invitee.GotoAsync(invitation);
        (await invitee.Locator("h1").InnerTextAsync()).ShouldBe("接受邀请");
        await invitee.Locator("input[name='displayName']").FillAsync("王芳");
        await invitee.Locator("input[name='password']").FillAsync(Password);
        await invitee.Locator("input[name='terms']").CheckAsync();
        await invitee.Locator("input[name='privacy']").CheckAsync();
        await invitee.Locator("input[name='crossBorder']").CheckAsync();
        await invitee.Locator("form[data-testid='sign-up-form'] button[type='submit']").ClickAsync();
        (await invitee.Locator("[data-testid='signed-up']").InnerTextAsync()).ShouldContain(Invitee);
        await invitee.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, "accounts-signed-up-zh.png"), FullPage = true });

        var confirmation = await app.LinkMailedToAsync(Invitee, m => m.Subject == "确认您的 BioBridge 邮箱地址");
        await invitee.GotoAsync(confirmation);
        (await invitee.Locator("[data-testid='email-confirmed']").InnerTextAsync()).ShouldContain("邮箱地址已确认");
        await invitee.Locator("main a[href='/account/sign-in']").ClickAsync();
        await invitee.Locator("input[name='email']").FillAsync(Invitee);
        await invitee.Locator("input[name='password']").FillAsync(Password);
        await invitee.Locator("main form button[type='submit']").ClickAsync();
        await invitee.WaitForURLAsync(url => !url.Contains("/account/"));
        // The address sits in the closed account menu: its text, not its rendered text.
        (await invitee.Locator("header a.user").TextContentAsync()).ShouldBe(Invitee);

        await invitee.GotoAsync(app.BaseUrl + "/account/privacy");
        (await invitee.Locator("[data-testid='consent-cross-border-transfer']").InnerTextAsync()).ShouldContain("已于");
        await operatorPage.ReloadAsync();
        (await operatorPage.Locator("[data-testid='invitation']", new() { HasTextString = Invitee }).InnerTextAsync()).ShouldContain("수락됨");
    }
}
