using BioBridge.Features.Reviews;
using Microsoft.Playwright;

namespace BioBridge.BrowserTests;

/// <summary>
/// A joint R&amp;D proposal from draft to decision in Chromium: the applicant (English) submits with a Chongqing partner,
/// the organizer assigns two reviewers by hand, a Seoul reviewer scores in Korean and a Chongqing reviewer in Chinese
/// (each blind until they submit), the organizer ranks and funds it releasing one review, and the applicant reads the
/// decision with only that review's comments.
/// </summary>
public sealed class ReviewFlowTests(ReviewBrowserApp app) : IClassFixture<ReviewBrowserApp>
{
    const string Title = "Patient-derived organoids for Chongqing clinical trials";
    const string Desk = $"/calls/{SeedReviewsDemo.JointRdCall}/organizer";

    static async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.ArtifactsFolder, $"reviews-{name}.png"), FullPage = true });

    static ILocator DeskOf(IPage organizer) => organizer.Locator("[data-testid='submission-desk']", new() { HasTextString = Title });

    static async Task ScoreAsync(IPage reviewer, int[] scores, string comment)
    {
        await reviewer.Locator("[data-testid='assignment'] a", new() { HasTextString = Title }).ClickAsync();
        var criteria = reviewer.Locator("[data-testid='criterion']");
        (await criteria.CountAsync()).ShouldBe(scores.Length);
        for (var i = 0; i < scores.Length; i++)
        {
            await criteria.Nth(i).Locator("input[type='number']").FillAsync(scores[i].ToString());
            await criteria.Nth(i).Locator("textarea").FillAsync($"{comment} ({i + 1})");
        }
        await reviewer.Locator("form[data-testid='score-form'] textarea[name='comment']").FillAsync(comment);
        await reviewer.Locator("form[data-testid='score-form'] button[type='submit']").ClickAsync();
        await reviewer.Locator("[data-testid='my-scores']").WaitForAsync();
    }

    [Fact]
    public async Task An_applicant_submits_two_reviewers_score_in_korean_and_chinese_and_the_organizer_funds_it()
    {
        var applicant = await app.SignedInPageAsync(ReviewBrowserApp.Applicant, "en");
        await applicant.GotoAsync(app.BaseUrl + "/calls");
        await applicant.Locator("[data-testid='call'] a", new() { HasTextString = "joint R&D call" }).ClickAsync();
        (await applicant.Locator("[data-testid='deadline']").InnerTextAsync()).ShouldContain("23:59:59 Asia/Shanghai (UTC+08:00)");
        var draft = applicant.Locator("form[data-testid='draft-form']");
        await draft.Locator("input[name='title']").FillAsync(Title);
        await draft.Locator("textarea[name='summary']").FillAsync("OrganoFit screens Yuxin Clinical's trial candidates on patient-derived organoids.");
        // Seoul only first: the page names the missing cluster before anything is submitted.
        await draft.Locator("select[name='partners']").SelectOptionAsync("sbh-signion-dx");
        await draft.Locator("button[type='submit']").ClickAsync();
        (await applicant.Locator("[data-testid='eligibility']").InnerTextAsync()).ShouldContain("none is from liangjiang");
        var edit = applicant.Locator("form[data-testid='edit-form']");
        await edit.Locator("select[name='partners']").SelectOptionAsync(["sbh-signion-dx", "cq-yuxin-clinical"]);
        await edit.Locator("button[type='submit']").ClickAsync();
        await applicant.Locator("[data-testid='partner']", new() { HasTextString = "Yuxin" }).WaitForAsync();
        await applicant.Locator("[data-testid='submit']").ClickAsync();
        (await applicant.Locator("[data-testid='submission-status']").InnerTextAsync()).ShouldBe("Submitted");
        var submissionUrl = applicant.Url;
        await ShotAsync(applicant, "submitted-en");

        var organizer = await app.SignedInPageAsync("operator@seoulbiohub.example", "en");
        await organizer.GotoAsync(app.BaseUrl + Desk);
        // Wang works at Yuxin Clinical, a partner of this proposal: the desk refuses her with the reason.
        foreach (var reviewer in new[] { SeedReviewsDemo.DemoReviewers[3], SeedReviewsDemo.DemoReviewers[0], SeedReviewsDemo.DemoReviewers[2] })
        {
            var form = DeskOf(organizer).Locator("form[data-testid='add-reviewer-form']");
            await form.Locator("select[name='email']").SelectOptionAsync(reviewer.Email);
            await form.Locator("button[type='submit']").ClickAsync();
            var message = await organizer.Locator("[data-testid='organizer-message']").InnerTextAsync();
            if (reviewer.Email == SeedReviewsDemo.DemoReviewers[3].Email)
                message.ShouldContain("applicant or consortium partner");
            else
                message.ShouldBe("Reviewer assigned.");
        }
        (await DeskOf(organizer).Locator("[data-testid='assigned-reviewer']").CountAsync()).ShouldBe(2);
        // The other proposals get theirs automatically; this one already has its two.
        await organizer.Locator("form[data-testid='assign-form'] button[type='submit']").ClickAsync();
        (await organizer.Locator("[data-testid='organizer-message']").InnerTextAsync()).ShouldContain("reviews assigned");
        (await DeskOf(organizer).Locator("[data-testid='assigned-reviewer']").CountAsync()).ShouldBe(2);

        var kim = await app.SignedInPageAsync(SeedReviewsDemo.DemoReviewers[0].Email, "ko");
        await kim.GotoAsync(app.BaseUrl + "/reviews");
        (await kim.Locator("h1").InnerTextAsync()).ShouldBe("내 심사");
        await ScoreAsync(kim, [9, 8, 7, 8], "오가노이드 플랫폼과 임상 역량의 조합이 우수합니다");
        (await kim.Locator("[data-testid='review-message']").InnerTextAsync()).ShouldBe("점수를 제출했습니다.");
        (await kim.Locator("[data-testid='other-scores']").InnerTextAsync()).ShouldContain("아직 다른 심사 결과가 없습니다.");
        await ShotAsync(kim, "scored-ko");

        var chen = await app.SignedInPageAsync(SeedReviewsDemo.DemoReviewers[2].Email, "zh-Hans");
        await chen.GotoAsync(app.BaseUrl + "/reviews");
        (await chen.Locator("h1").InnerTextAsync()).ShouldBe("我的评审");
        await ScoreAsync(chen, [5, 6, 4, 5], "临床试验方案需要更具体");
        (await chen.Locator("[data-testid='review-message']").InnerTextAsync()).ShouldBe("您的评分已提交。");
        // Blind until now: once Chen's scores are in, Kim's show, without Kim's name.
        var others = await chen.Locator("[data-testid='other-scores']").InnerTextAsync();
        others.ShouldContain("评审专家 1");
        others.ShouldContain("오가노이드 플랫폼과");
        others.ShouldNotContain("Kim");
        await ShotAsync(chen, "scored-zh");

        await organizer.GotoAsync(app.BaseUrl + Desk);
        var row = organizer.Locator("[data-testid='ranking-row']", new() { HasTextString = Title });
        (await row.InnerTextAsync()).ShouldContain("2 / 2");
        // 9/8/7/8 against 5/6/4/5 out of 10 is a spread of about 32% of the scale.
        await row.Locator("[data-testid='spread-flag']").WaitForAsync();
        var decision = DeskOf(organizer).Locator("form[data-testid='decision-form']");
        await decision.Locator("select[name='decision']").SelectOptionAsync("funded");
        await decision.Locator("textarea[name='note']").FillAsync("Funded for 24 months under the MOU.");
        await decision.Locator("label", new() { HasTextString = SeedReviewsDemo.DemoReviewers[0].Name }).Locator("input").CheckAsync();
        await decision.Locator("button[type='submit']").ClickAsync();
        // Funding takes a second, explicit step; the note and the released comments travel with it.
        var confirm = DeskOf(organizer).Locator("form[data-testid='confirm-award-form']");
        (await confirm.InnerTextAsync()).ShouldContain("The applicant sees the decision at once.");
        await confirm.Locator("button[type='submit']").ClickAsync();
        (await organizer.Locator("[data-testid='organizer-message']").InnerTextAsync()).ShouldContain("Decision recorded");
        (await organizer.Locator("[data-testid='ranking-row']", new() { HasTextString = Title }).InnerTextAsync()).ShouldContain("Funded");
        await ShotAsync(organizer, "ranking-en");

        await applicant.GotoAsync(submissionUrl);
        var seen = await applicant.Locator("[data-testid='decision']").InnerTextAsync();
        seen.ShouldContain("Funded");
        seen.ShouldContain("Funded for 24 months under the MOU.");
        seen.ShouldContain("오가노이드 플랫폼과 임상 역량의 조합이 우수합니다");
        seen.ShouldNotContain("临床试验方案需要更具体");
        (await applicant.Locator("[data-testid='released-review']").CountAsync()).ShouldBe(1);
        await applicant.Locator("[data-testid='joint-project']").WaitForAsync();
        await ShotAsync(applicant, "decision-en");
    }
}
