using System.Net;
using System.Net.Http.Json;

namespace BioBridge.Tests;

/// <summary>
/// An API client reads problems in the language it asks for (Accept-Language): the fields' errors, the detail and
/// the title, in Korean, Chinese, or English when it names no language.
/// </summary>
public sealed class LocalizedProblemTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    static HttpClient Speaking(HttpClient client, string language)
    {
        if (language.Length > 0)
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    [Theory]
    [InlineData("ko", "page는 1부터 시작합니다", "입력값에 오류가 있습니다.")]
    [InlineData("zh-Hans", "page 从 1 开始", "输入有误。")]
    [InlineData("zh-CN", "page 从 1 开始", "输入有误。")]
    [InlineData("", "page starts at 1", "One or more validation errors occurred.")]
    public async Task A_bad_query_is_explained_in_the_language_asked_for(string language, string error, string title)
    {
        var client = Speaking(app.Anonymous(), language);

        var problem = await BioBridgeApp.JsonAsync(await client.GetAsync("/api/v1/organizations?page=0"), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("page")[0].GetString().ShouldBe(error);
        problem.GetProperty("title").GetString().ShouldBe(title, problem.ToString());
    }

    [Theory]
    [InlineData("ko", "이름은 1~200자여야 합니다.", "참가자가 미팅에서 쓰는 언어를 입력하세요: ko, zh, en.")]
    [InlineData("zh-Hans", "姓名须为 1 至 200 个字符。", "请填写参会代表会谈时使用的语言：ko、zh 和/或 en。")]
    public async Task A_use_case_names_the_bad_fields_in_the_language_asked_for(string language, string name, string languages)
    {
        var member = Speaking(await app.MemberAsync($"problems-{language}@localized.example", "sbh-organofit"), language);

        var problem = await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/events/slw-2026/delegates",
            new { displayName = "", languages = new[] { "xx" } }), HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        errors.GetProperty("displayName")[0].GetString().ShouldBe(name);
        errors.GetProperty("languages")[0].GetString().ShouldBe(languages);
    }

    [Theory]
    [InlineData("ko", "'no-such-call' 공모가 없습니다.", "찾을 수 없음")]
    [InlineData("zh-Hans", "征集“no-such-call”不存在。", "未找到")]
    public async Task A_missing_thing_is_reported_in_the_language_asked_for(string language, string detail, string title)
    {
        var member = Speaking(await app.MemberAsync($"missing-{language}@localized.example", "cq-conjukang"), language);

        var problem = await BioBridgeApp.JsonAsync(await member.PostAsJsonAsync("/api/v1/calls/no-such-call/submissions",
            new { title = "x" }), HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString().ShouldBe(detail);
        problem.GetProperty("title").GetString().ShouldBe(title, problem.ToString());
    }
}
