using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace BioBridge.Tests;

/// <summary>Offers and requests, expressions of interest and the owner's answer, through the API, on each provider.</summary>
public abstract class OpportunityApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }

    async Task<int> PublishAsync(HttpClient owner, string title, string body)
    {
        var created = await Json(await owner.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title, body }), HttpStatusCode.Created);
        await app.ApprovePendingAsync(created.GetProperty("organizationExternalId").GetString()!);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Owner_publishes_another_organization_expresses_interest_and_the_owner_accepts()
    {
        var owner = await app.MemberAsync($"owner-{app.Provider}@xiaowan.example", "cq-xiaowan");
        var id = await PublishAsync(owner, "微胶囊包埋技术授权", "我们提供用于化妆品和食品的微胶囊包埋技术，寻求韩国合作伙伴。");

        var seeker = await app.MemberAsync($"seeker-{app.Provider}@api.example", (await AnotherOrganizationAsync()));
        (await seeker.PostAsJsonAsync($"/api/v1/opportunities/{id}/interests", new { message = "마이크로캡슐 원료에 관심이 있습니다." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var twice = await seeker.PostAsJsonAsync($"/api/v1/opportunities/{id}/interests", new { message = "Again, please." });
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Only the owner sees who is interested.
        (await Json(await seeker.GetAsync($"/api/v1/opportunities/{id}/interests"))).GetArrayLength().ShouldBe(0);
        var interests = await Json(await owner.GetAsync($"/api/v1/opportunities/{id}/interests"));
        interests.GetArrayLength().ShouldBe(1);
        var interestId = interests[0].GetProperty("id").GetInt32();

        (await seeker.PostAsJsonAsync($"/api/v1/interests/{interestId}/answer", new { accept = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.PostAsJsonAsync($"/api/v1/interests/{interestId}/answer", new { accept = true, reply = "欢迎！" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var answered = await Json(await owner.GetAsync($"/api/v1/opportunities/{id}/interests"));
        answered[0].GetProperty("status").GetString().ShouldBe("accepted");
        (await owner.PostAsJsonAsync($"/api/v1/interests/{interestId}/answer", new { accept = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    async Task<string> AnotherOrganizationAsync()
    {
        var list = await Json(await app.Anonymous().GetAsync("/api/v1/organizations?cluster=seoul-bio-hub&pageSize=5"));
        return list.GetProperty("items")[0].GetProperty("organization").GetProperty("externalId").GetString()!;
    }

    [Fact]
    public async Task A_korean_query_finds_a_chinese_post_through_its_concepts()
    {
        var owner = await app.MemberAsync($"owner2-{app.Provider}@xiaowan.example", "cq-xiaowan");
        var id = await PublishAsync(owner, "微胶囊原料供应", "面向化妆品企业供应微胶囊原料。");
        var found = await Json(await app.Anonymous().GetAsync("/api/v1/opportunities?q=" + Uri.EscapeDataString("마이크로캡슐")));
        found.EnumerateArray().Select(o => o.GetProperty("id").GetInt32()).ShouldContain(id);
    }

    [Fact]
    public async Task Publishing_validates_every_field_and_anonymous_writes_are_refused()
    {
        var owner = await app.MemberAsync($"owner3-{app.Provider}@xiaowan.example", "cq-xiaowan");
        var bad = await owner.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title = "x", body = "short", deadline = "2001-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadAsStringAsync();
        problem.ShouldContain("title");
        problem.ShouldContain("body");
        problem.ShouldContain("deadline");

        var anonymous = await app.Anonymous().PostAsJsonAsync("/api/v1/opportunities", new { kind = "technology-offer", title = "Anonymous", body = "Should never be stored." });
        anonymous.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        var operatorWithoutOrganization = await app.OperatorAsync();
        (await operatorWithoutOrganization.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "business-request", title = "Operator post", body = "Operators are not members of an organization." }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
