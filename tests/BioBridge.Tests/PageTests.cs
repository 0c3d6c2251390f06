using System.Net;

namespace BioBridge.Tests;

/// <summary>Every page renders, in each of the three languages, from the culture cookie the switcher sets.</summary>
public abstract class PageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    public static TheoryData<string, string, string> PagesInEveryLanguage()
    {
        var data = new TheoryData<string, string, string>();
        var expectations = new (string Path, string Ko, string Zh, string En)[]
        {
            ("/", "파트너", "合作伙伴", "partner"),
            ("/organizations", "기관 디렉터리", "机构名录", "Directory"),
            ("/organizations/cq-xiaowan", "추천 파트너", "重庆小丸生物科技股份有限公司", "Suggested partners"),
            ("/clusters/liangjiang", "분야별 회원 기관", "两江生命科技城", "Members by sector"),
            ("/clusters", "클러스터", "园区", "Clusters"),
            ("/taxonomy", "분류 체계", "分类体系", "Taxonomy"),
            ("/events", "서울 스마트라이프위크", "首尔智慧生活周", "Seoul Smart Life Week"),
            ("/agreements", "업무협약", "合作备忘录", "MOU"),
            ("/account/sign-in", "로그인", "登录", "Sign in"),
            ("/calls", "스마트라이프 어워드", "智慧生活奖", "Smart Life Awards"),
            ("/calls/sbh-liangjiang-joint-rd", "평가 기준표", "评审表", "Scoring rubric"),
        };
        foreach (var (path, ko, zh, en) in expectations)
        {
            data.Add(path, "ko", ko);
            data.Add(path, "zh-Hans", zh);
            data.Add(path, "en", en);
        }
        return data;
    }

    async Task<HttpClient> InLanguageAsync(string culture)
    {
        var client = app.Anonymous();
        var response = await client.GetAsync($"/culture/{culture}?returnUrl=/");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture"));
        client.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        return client;
    }

    [Theory]
    [MemberData(nameof(PagesInEveryLanguage))]
    public async Task Page_renders_in_the_chosen_language(string path, string culture, string expected)
    {
        var client = await InLanguageAsync(culture);
        var response = await client.GetAsync(path);
        // Blazor's static renderer writes non-ASCII text as character references; the browser shows the same text.
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain($"<html lang=\"{culture}\"");
        html.ShouldContain(expected);
    }

    [Fact]
    public async Task The_home_page_the_clusters_api_and_the_cooperation_dashboard_count_the_same_organizations_per_cluster()
    {
        var home = await app.Anonymous().GetStringAsync("/");
        int OnHome(string cluster) => int.Parse(System.Text.RegularExpressions.Regex.Match(home,
            $"data-testid=\"cluster-count-{cluster}\"[^>]*>(?:<[^>]+>)*(\\d+)").Groups[1].Value);
        var clusters = (await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/clusters"))).EnumerateArray()
            .ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("publishedOrganizations").GetInt32());
        var dashboard = await BioBridgeApp.OkJsonAsync(await (await app.OperatorAsync()).GetAsync("/api/v1/cooperation/dashboard?lang=en"));
        var byCluster = dashboard.GetProperty("organizationsByCluster").EnumerateArray()
            .ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("value").GetInt32());
        foreach (var cluster in new[] { "seoul-bio-hub", "liangjiang", "other" })
        {
            OnHome(cluster).ShouldBeGreaterThan(0, cluster);
            OnHome(cluster).ShouldBe(byCluster[cluster], cluster);
            OnHome(cluster).ShouldBe(clusters[cluster], cluster);
        }
    }

    [Fact]
    public void Counts_in_sentences_follow_each_languages_rule()
    {
        var texts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<BioBridge.Shared.Resources.Text>>(app.Services);
        string Say(string language, long count)
        {
            using var _ = BioBridge.Shared.Resources.UiLanguage.Use(language);
            return BioBridge.Shared.Resources.Counted.Format(texts, "{0} organizations", count);
        }
        Say("en", 1).ShouldBe("1 organization");
        Say("en", 0).ShouldBe("0 organizations");
        Say("en", 21).ShouldBe("21 organizations");
        Say("ko", 1).ShouldBe("기관 1개");
        Say("ko", 2).ShouldBe("기관 2개");
        Say("zh", 1).ShouldBe("共 1 家机构");
    }

    [Fact]
    public async Task The_demo_publishes_opportunities_of_both_clusters_in_each_language_and_its_reviewers_write_different_comments()
    {
        foreach (var (lang, sample) in new[] { ("ko", "고형암 CAR-T"), ("zh", "微胶囊"), ("en", "GMP contract manufacturing") })
        {
            var posts = (await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/opportunities?lang={lang}"))).EnumerateArray().ToList();
            posts.Count(p => p.GetProperty("isSample").GetBoolean()).ShouldBeGreaterThanOrEqualTo(6);
            posts.Select(p => p.GetProperty("cluster").GetString()).Distinct().ShouldBe(["seoul-bio-hub", "liangjiang"], ignoreOrder: true);
            posts.ShouldContain(p => p.GetProperty("title").GetString()!.Contains(sample) && p.GetProperty("textLanguage").GetString() == lang);
        }
        var comments = await BioBridge.Tests.Accounts.AccountFlows.InDbAsync(app, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Reviews.Where(r => r.Comment != null).Select(r => r.Comment!)));
        comments.Count.ShouldBeGreaterThanOrEqualTo(6);
        comments.Distinct().Count().ShouldBe(comments.Count);
    }

    [Fact]
    public async Task Directory_search_box_finds_xiaowan_by_its_chinese_name_fragment()
    {
        var html = await (await InLanguageAsync("zh-Hans")).GetStringAsync("/organizations?q=" + Uri.EscapeDataString("小丸生物"));
        html.ShouldContain("/organizations/cq-xiaowan");
    }

    [Fact]
    public async Task Unknown_profile_answers_404()
    {
        var response = await app.Anonymous().GetAsync("/organizations/does-not-exist");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/organizations/does-not-exist", "ko", "찾을 수 없음")]
    [InlineData("/events/no-such-event", "zh-Hans", "未找到")]
    [InlineData("/organizations/does-not-exist", "en", "Not found")]
    public async Task A_stale_link_opened_in_a_browser_shows_the_not_found_page_in_the_readers_language(string path, string culture, string title)
    {
        var client = await InLanguageAsync(culture);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        request.Headers.Referrer = new Uri(client.BaseAddress!, "/organizations?q=cell");
        var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain($"<html lang=\"{culture}\"");
        html.ShouldContain($"<h1>{title}</h1>");
        // The ways back: the list the reader came from, and home.
        html.ShouldContain("href=\"/organizations?q=cell\" data-testid=\"error-back\"");
        html.ShouldContain("href=\"/\" data-testid=\"error-home\"");
    }

    [Fact]
    public async Task The_api_keeps_problem_details_for_a_browser_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/organizations/does-not-exist");
        request.Headers.Add("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        var response = await app.Anonymous().SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_event_page_shows_its_programme_and_the_list_links_to_it()
    {
        var client = await InLanguageAsync("en");
        (await client.GetStringAsync("/events")).ShouldContain("href=\"/events/slw-2026\"");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/events/slw-2026"));
        html.ShouldContain("data-testid=\"programme\"");
        html.ShouldContain("Seoul-Chongqing bio cooperation forum");
        // The exhibition, on each of the three days, is titled like its kind: the badge says it once a day.
        System.Text.RegularExpressions.Regex.Count(html, ">Exhibition<").ShouldBe(3);
    }

    [Fact]
    public async Task Content_missing_in_the_readers_language_is_marked_as_a_fallback()
    {
        // This sample has no Korean description: a Korean reader sees the English or Chinese one, its language named in Korean.
        var html = WebUtility.HtmlDecode(await (await InLanguageAsync("ko")).GetStringAsync("/organizations/cq-yulan-biologics"));
        html.ShouldContain("data-testid=\"original-language\"");
        html.ShouldMatch("원문: (영어|중국어)");
    }

    [Fact]
    public async Task Import_page_requires_an_operator()
    {
        var response = await app.Anonymous().GetAsync("/operators/import");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
        var operatorClient = await app.OperatorAsync();
        (await operatorClient.GetAsync("/operators/import")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("ko", "파일의 열", "원본 시스템에서 행을 식별하는 고정 키")]
    [InlineData("zh-Hans", "文件的列", "源系统中该行的固定标识")]
    [InlineData("en", "Columns of the file", "stable key of the row in your source system")]
    public async Task Import_page_lists_the_columns_and_offers_the_template_in_the_readers_language(string culture, string heading, string externalId)
    {
        var client = await app.OperatorAsync();
        await client.GetAsync($"/culture/{culture}?returnUrl=/");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/operators/import"));
        html.ShouldContain(heading);
        html.ShouldContain(externalId);
        foreach (var column in new[] { "external_id", "cluster", "name_ko", "sectors", "export_regions", "published" })
            html.ShouldContain($"<code>{column}</code>");
        var language = culture == "zh-Hans" ? "zh" : culture;
        html.ShouldContain($"/api/v1/organizations/template?format=xlsx&lang={language}");
        html.ShouldContain($"/api/v1/organizations/template?format=csv&lang={language}");
    }

    [Theory]
    [InlineData("ko", "broken.csv 파일이 거부되어 아무것도 가져오지 않았습니다. 문제 2건:", "알 수 없는 클러스터 'nowhere'", "'ftp://x'은(는) http(s)로 시작하는 전체 주소가 아닙니다")]
    [InlineData("zh-Hans", "broken.csv 被拒绝，未导入任何数据。共 2 个问题：", "未知的集群“nowhere”", "“ftp://x”不是以 http(s) 开头的完整网址")]
    public async Task The_import_page_lists_a_broken_files_problems_in_the_readers_language(string culture, string rejected, string cluster, string website)
    {
        var client = await app.OperatorAsync();
        await client.GetAsync($"/culture/{culture}?returnUrl=/");
        var page = await client.GetStringAsync("/operators/import");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var file = new ByteArrayContent("external_id,cluster,name_en,website\npage-1,nowhere,Broken Co,ftp://x\n"u8.ToArray());

        var response = await client.PostAsync("/operators/import", new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("import"), "_handler" },
            { new StringContent("true"), "dryRun" },
            { file, "file", "broken.csv" },
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        html.ShouldContain(rejected);
        html.ShouldContain($"<td>2</td><td>cluster</td><td>{cluster}");
        html.ShouldContain($"<td>2</td><td>website</td><td>{website}</td>");
    }
}
