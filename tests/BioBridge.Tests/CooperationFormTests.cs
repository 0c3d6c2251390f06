using System.Net;
using System.Text.RegularExpressions;

namespace BioBridge.Tests;

/// <summary>
/// The pages that record and edit deals, joint projects and commitments, posted as a browser posts them (antiforgery
/// token and form handler included), checked through the API that reads the same records.
/// </summary>
public abstract class CooperationFormTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string Mou = "sbh-liangjiang-mou-2024";

    /// <summary>Loads the form at <paramref name="path"/> and posts the fields with its token and handler; answers the response.</summary>
    static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IEnumerable<(string Name, string Value)> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var handler = Regex.Match(page, "name=\"_handler\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty(page);
        handler.ShouldNotBeEmpty(page);
        var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token)).Append(KeyValuePair.Create("_handler", handler)));
        return await client.PostAsync(path, content);
    }

    static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return html;
    }

    /// <summary>The path a redirect leads to (Blazor's redirects are absolute).</summary>
    static string Path(HttpResponseMessage response) => new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;

    static int SavedId(HttpResponseMessage response, string prefix)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, response.Content.ReadAsStringAsync().Result);
        var location = Path(response);
        location.ShouldStartWith(prefix);
        return int.Parse(location[prefix.Length..]);
    }

    [Fact]
    public async Task A_deal_is_recorded_and_corrected_through_its_form_and_bad_fields_are_named()
    {
        var client = await app.OperatorAsync();
        var form = $"/cooperation/deals/new?agreement={Mou}";
        (await client.GetStringAsync($"/cooperation/agreements/{Mou}")).ShouldContain(form.Replace("&", "&amp;"));

        var rejected = await HtmlAsync(await PostFormAsync(client, form,
            [("kind", "licensing"), ("title", "x"), ("amount", "lots"), ("currency", "USD"), ("closedOn", "2025-05-02"), ("parties", "sbh-hanui-cell"), ("source", "recommendation")]));
        rejected.ShouldContain("Title: The title needs 3");
        rejected.ShouldContain("Amount: The amount must be greater than 0.");
        rejected.ShouldContain("Parties: Name at least 2 different organizations");
        rejected.ShouldContain("value=\"sbh-hanui-cell\"");

        var title = $"Form deal {app.Provider}";
        var id = SavedId(await PostFormAsync(client, form,
            [("kind", "distribution"), ("title", title), ("amount", "125000"), ("currency", "USD"), ("closedOn", "2025-05-02"),
                ("parties", "sbh-hanui-cell; cq-shancheng-cell"), ("source", "recommendation"), ("agreement", Mou)]), "/cooperation/deals/");
        var deal = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/cooperation/deals/{id}"));
        deal.GetProperty("title").GetString().ShouldBe(title);
        deal.GetProperty("kind").GetString().ShouldBe("distribution");
        deal.GetProperty("valueUsd").GetDecimal().ShouldBe(125000m);
        deal.GetProperty("agreement").GetString().ShouldBe(Mou);
        deal.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).ShouldBe(["cq-shancheng-cell", "sbh-hanui-cell"]);

        var edit = $"/cooperation/deals/{id}";
        (await client.GetStringAsync(edit)).ShouldContain($"value=\"{title}\"");
        SavedId(await PostFormAsync(client, edit,
            [("kind", "licensing"), ("title", title), ("amount", "90000"), ("currency", "USD"), ("closedOn", "2025-06-30"),
                ("parties", "sbh-hanui-cell, cq-xiaowan"), ("source", "recommendation"), ("agreement", "")]), "/cooperation/deals/").ShouldBe(id);
        var corrected = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/cooperation/deals/{id}"));
        corrected.GetProperty("kind").GetString().ShouldBe("licensing");
        corrected.GetProperty("valueUsd").GetDecimal().ShouldBe(90000m);
        corrected.GetProperty("closedOn").GetString().ShouldBe("2025-06-30");
        corrected.GetProperty("agreement").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        corrected.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).ShouldBe(["cq-xiaowan", "sbh-hanui-cell"]);
    }

    [Fact]
    public async Task A_joint_project_with_milestones_is_started_and_updated_through_its_form()
    {
        var client = await app.OperatorAsync();
        var form = $"/cooperation/projects/new?agreement={Mou}";
        var rejected = await HtmlAsync(await PostFormAsync(client, form,
            [("title", "Organoid platform"), ("kind", "rnd"), ("status", "active"), ("partners", "sbh-hanui-cell; cq-shancheng-cell"), ("agreement", Mou),
                ("startedOn", "2025-03-01"), ("endsOn", "2024-01-01"), ("budget", ""), ("budgetCurrency", "USD"),
                ("milestoneTitle", "Protocol"), ("milestoneDue", ""), ("milestoneReached", ""), ("milestoneTitle", ""), ("milestoneDue", ""), ("milestoneReached", "")]));
        rejected.ShouldContain("Ends on: The end date is before the start date.");
        rejected.ShouldContain("Milestones 1: A milestone has a title and a due date.");

        var title = $"Organoid platform {app.Provider}";
        var id = SavedId(await PostFormAsync(client, form,
            [("title", title), ("summary", "Shared organoid screening"), ("kind", "rnd"), ("status", "active"), ("partners", "sbh-hanui-cell; cq-shancheng-cell"),
                ("agreement", Mou), ("startedOn", "2025-03-01"), ("endsOn", "2027-02-28"), ("budget", "2,500,000"), ("budgetCurrency", "CNY"),
                ("milestoneTitle", "Protocol agreed"), ("milestoneDue", "2025-06-30"), ("milestoneReached", "2025-06-20"),
                ("milestoneTitle", "First screen"), ("milestoneDue", "2026-01-31"), ("milestoneReached", "")]), "/cooperation/projects/");
        var project = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/cooperation/projects/{id}"));
        project.GetProperty("status").GetString().ShouldBe("active");
        project.GetProperty("budget").GetDecimal().ShouldBe(2_500_000m);
        project.GetProperty("budgetCurrency").GetString().ShouldBe("CNY");
        project.GetProperty("milestones").EnumerateArray().Select(m => m.GetProperty("title").GetString()).ShouldBe(["Protocol agreed", "First screen"]);
        (await client.GetStringAsync($"/cooperation/agreements/{Mou}")).ShouldContain($"/cooperation/projects/{id}");

        SavedId(await PostFormAsync(client, $"/cooperation/projects/{id}",
            [("title", title), ("kind", "rnd"), ("status", "completed"), ("partners", "sbh-hanui-cell; cq-shancheng-cell"), ("agreement", Mou),
                ("startedOn", "2025-03-01"), ("endsOn", "2026-02-28"), ("budget", ""), ("budgetCurrency", "USD"),
                ("milestoneTitle", "First screen"), ("milestoneDue", "2026-01-31"), ("milestoneReached", "2026-01-15")]), "/cooperation/projects/").ShouldBe(id);
        var updated = await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/cooperation/projects/{id}"));
        updated.GetProperty("status").GetString().ShouldBe("completed");
        updated.GetProperty("budget").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var milestone = updated.GetProperty("milestones").EnumerateArray().ShouldHaveSingleItem();
        milestone.GetProperty("reachedOn").GetString().ShouldBe("2026-01-15");
    }

    [Fact]
    public async Task A_commitment_is_added_and_completed_through_its_form_in_korean()
    {
        var client = await app.OperatorAsync();
        (await client.GetAsync("/culture/ko?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var form = $"/cooperation/agreements/{Mou}/commitments/new";
        var rejected = await HtmlAsync(await PostFormAsync(client, form, [("title", "Joint pavilion"), ("owner", ""), ("ownerCluster", "liangjiang"), ("dueOn", "")]));
        rejected.ShouldContain("이행 약속 추가");
        rejected.ShouldContain("담당: 이행 약속을 맡은 사람이나 부서를 입력하세요.");
        rejected.ShouldContain("기한: 이행 약속에는 기한(yyyy-MM-dd)이 있어야 합니다.");

        var title = $"Joint pavilion at BIO Korea {app.Provider}";
        var added = await PostFormAsync(client, form, [("title", title), ("owner", "Liangjiang investment office"), ("ownerCluster", "liangjiang"), ("dueOn", "2026-05-15")]);
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Path(added).ShouldBe($"/cooperation/agreements/{Mou}");
        var commitment = (await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/agreements/{Mou}/commitments")))
            .EnumerateArray().Single(c => c.GetProperty("title").GetString() == title);
        commitment.GetProperty("ownerCluster").GetString().ShouldBe("liangjiang");
        var id = commitment.GetProperty("id").GetInt32();

        (await PostFormAsync(client, $"/cooperation/agreements/{Mou}/commitments/{id}",
            [("title", title), ("owner", "Liangjiang investment office"), ("ownerCluster", ""), ("dueOn", "2026-05-15"), ("completedOn", "2026-05-10")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = (await BioBridgeApp.OkJsonAsync(await client.GetAsync($"/api/v1/agreements/{Mou}/commitments"))).EnumerateArray().Single(c => c.GetProperty("id").GetInt32() == id);
        done.GetProperty("status").GetString().ShouldBe("done-on-time");
        done.GetProperty("ownerCluster").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        WebUtility.HtmlDecode(await client.GetStringAsync($"/cooperation/agreements/{Mou}/commitments/{id}")).ShouldContain("기한 내 완료");
    }

    [Fact]
    public async Task The_record_forms_are_for_operators_only()
    {
        foreach (var path in new[] { "/cooperation/deals/new", "/cooperation/projects/new", $"/cooperation/agreements/{Mou}/commitments/new" })
        {
            var response = await app.Anonymous().GetAsync(path);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        }
    }
}
