using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Features.Reviews;

namespace BioBridge.Tests.Reviews;

/// <summary>The review desk with no translation service: a title and a reviewer's comment in another language come as written, their language named.</summary>
public sealed class ReviewDeskLanguagesTests(ReviewsSqliteApp app) : IClassFixture<ReviewsSqliteApp>
{
    const string ChineseTitle = "微胶囊递送平台联合开发";
    const string KoreanComment = "기술 완성도가 높고 협력 계획이 구체적입니다.";

    static Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => BioBridgeApp.JsonAsync(response, expected);

    [Fact]
    public async Task A_chinese_title_and_a_korean_comment_are_shown_as_written_with_their_language_named_on_the_desk()
    {
        var organizer = await app.AsAsync("operator@seoulbiohub.example");
        var slug = $"t-lang-{Guid.NewGuid():N}"[..24];
        var deadline = TimeZoneInfo.ConvertTime(app.Clock.Now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).Date.AddDays(11).AddSeconds(-1);
        await Json(await organizer.PostAsJsonAsync("/api/v1/calls", new
        {
            slug, kind = "award", titleEn = "Languages on the desk", deadline = deadline.ToString("yyyy-MM-ddTHH:mm:ss"), timeZone = "Asia/Seoul",
            reviewersPerSubmission = 1, eligibleClusters = new[] { "seoul-bio-hub", "liangjiang" },
            criteria = new[] { new { nameEn = "Excellence", weight = 1.0, scaleMin = 1, scaleMax = 5 } },
        }), HttpStatusCode.Created);
        var applicant = await app.AsAsync($"cq-conjukang-desk@reviews.example", "cq-conjukang");
        var submission = (await Json(await applicant.PostAsJsonAsync($"/api/v1/calls/{slug}/submissions",
            new { title = ChineseTitle, summary = "联合开发。", partners = Array.Empty<string>() }), HttpStatusCode.Created))
            .GetProperty("summary").GetProperty("id").GetInt32();
        await Json(await applicant.PostAsync($"/api/v1/submissions/{submission}/submit", null));
        await Json(await organizer.PostAsJsonAsync($"/api/v1/calls/{slug}/assignments", new { }));
        var criterion = (await Json(await app.Anonymous().GetAsync($"/api/v1/calls/{slug}"))).GetProperty("criteria")[0].GetProperty("id").GetInt32();
        var scored = 0;
        foreach (var email in SeedReviewsDemo.DemoReviewers.Select(r => r.Email))
        {
            var reviewer = await app.AsAsync(email);
            foreach (var assignment in (await Json(await reviewer.GetAsync("/api/v1/reviews"))).EnumerateArray().Where(a => a.GetProperty("callSlug").GetString() == slug))
            {
                await Json(await reviewer.PostAsJsonAsync($"/api/v1/reviews/{assignment.GetProperty("reviewId").GetInt32()}",
                    new { scores = new[] { new { criterion, value = 4 } }, comment = KoreanComment }));
                scored++;
            }
        }
        scored.ShouldBe(1);

        var desk = WebUtility.HtmlDecode(await organizer.GetStringAsync($"/calls/{slug}/organizer"));
        desk.ShouldContain(ChineseTitle, customMessage: "the original is shown as written");
        desk.ShouldContain(KoreanComment);
        desk.ShouldContain("Original: Chinese");
        desk.ShouldContain("Original: Korean");
        desk.ShouldContain("No translation service is configured.");
    }
}
