using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using BioBridge.Tests.Translation;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// Profile and opportunity publishing through the API, on each provider: the vetting queue of the organization's
/// own cluster, visibility per reader, and the translation workflow with the fake machine-translation provider.
/// </summary>
public abstract class PublishingApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TranslatingApp
{
    static readonly string[] AllChecks = ["languages", "length", "sectors", "contact", "prohibited-content"];

    async Task<JsonElement> MyProfileAsync(HttpClient member) => await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/my/profile"));

    /// <summary>The member's current profile with some fields replaced, proposed as a whole.</summary>
    static async Task<int> ProposeAsync(HttpClient member, Action<Dictionary<string, object?>> change)
    {
        var current = (await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/my/profile"))).GetProperty("published");
        var proposal = JsonSerializer.Deserialize<Dictionary<string, object?>>(current.GetRawText())!;
        change(proposal);
        var response = await member.PutAsJsonAsync("/api/v1/my/profile", proposal);
        return (await BioBridgeApp.JsonAsync(response, HttpStatusCode.Accepted)).GetProperty("id").GetInt32();
    }

    static object Text(string? ko, string? zh, string? en, string state = "original") => new
    {
        ko = ko is null ? null : new { text = ko, state },
        zh = zh is null ? null : new { text = zh, state },
        en = en is null ? null : new { text = en, state },
    };

    async Task<string?> PublicDescriptionAsync(string externalId, string lang = "en")
    {
        var detail = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/organizations/{externalId}?lang={lang}"));
        return detail.GetProperty("description").GetProperty(lang).GetString();
    }

    [Fact]
    public async Task A_profile_edit_stays_invisible_until_an_operator_of_the_own_cluster_approves()
    {
        var member = await app.MemberAsync($"editor-{app.Provider}@yulan.example", "cq-yulan-biologics");
        var before = await PublicDescriptionAsync("cq-yulan-biologics");
        const string proposed = "Yulan Biologics develops bispecific antibodies and runs a GMP pilot plant in Chongqing for partners.";
        var id = await ProposeAsync(member, p => p["description"] = Text("율란은 이중항체를 개발합니다. 충칭에 GMP 파일럿 공장을 운영합니다.", "渝兰生物开发双特异性抗体，并在重庆运营GMP中试工厂。", proposed));

        (await PublicDescriptionAsync("cq-yulan-biologics")).ShouldBe(before);
        var other = await app.MemberAsync($"reader-{app.Provider}@hanui.example", "sbh-hanui-cell");
        (await BioBridgeApp.OkJsonAsync(await other.GetAsync("/api/v1/organizations/cq-yulan-biologics?lang=en")))
            .GetProperty("description").GetProperty("en").GetString().ShouldBe(before);
        (await MyProfileAsync(member)).GetProperty("pending").GetProperty("id").GetInt32().ShouldBe(id);

        // Seoul's operator neither sees nor approves a Liangjiang member's proposal.
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        (await BioBridgeApp.OkJsonAsync(await seoul.GetAsync("/api/v1/vetting"))).EnumerateArray()
            .ShouldNotContain(i => i.GetProperty("id").GetInt32() == id);
        (await seoul.PostAsJsonAsync($"/api/v1/vetting/{id}/approve", new { checklist = AllChecks })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PublicDescriptionAsync("cq-yulan-biologics")).ShouldBe(before);

        var liangjiang = await app.ClusterOperatorAsync("liangjiang");
        var queued = (await BioBridgeApp.OkJsonAsync(await liangjiang.GetAsync("/api/v1/vetting"))).EnumerateArray()
            .Single(i => i.GetProperty("id").GetInt32() == id);
        queued.GetProperty("checklist").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "languages")
            .GetProperty("passed").GetBoolean().ShouldBeTrue();
        var unconfirmed = await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/approve", new { checklist = new[] { "languages" } });
        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("sectors");
        (await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/approve", new { checklist = AllChecks })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await PublicDescriptionAsync("cq-yulan-biologics")).ShouldBe(proposed);
        (await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/approve", new { checklist = AllChecks })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_rejection_keeps_the_published_text_and_tells_the_member_why()
    {
        var member = await app.MemberAsync($"editor-{app.Provider}@zaining.example", "cq-zaining-vector");
        var before = await PublicDescriptionAsync("cq-zaining-vector");
        var id = await ProposeAsync(member, p => p["description"] = Text(null, null, "Our AAV vectors are a guaranteed cure for every rare disease, with no side effects."));
        var liangjiang = await app.ClusterOperatorAsync("liangjiang");

        var refused = await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/approve", new { checklist = AllChecks });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("guaranteed cure");
        (await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/reject", new { comment = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await liangjiang.PostAsJsonAsync($"/api/v1/vetting/{id}/reject", new { comment = "Please remove the medical claims." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await PublicDescriptionAsync("cq-zaining-vector")).ShouldBe(before);
        var mine = await MyProfileAsync(member);
        mine.GetProperty("pending").ValueKind.ShouldBe(JsonValueKind.Null);
        mine.GetProperty("lastDecision").GetProperty("status").GetString().ShouldBe("rejected");
        mine.GetProperty("lastDecision").GetProperty("comment").GetString().ShouldBe("Please remove the medical claims.");
    }

    [Fact]
    public async Task Each_reader_sees_the_field_groups_its_visibility_allows()
    {
        var member = await app.MemberAsync($"editor-{app.Provider}@shancheng.example", "cq-shancheng-cell");
        await ProposeAsync(member, p =>
        {
            p["website"] = "https://shancheng.example";
            p["employees"] = 321;
            p["contactVisibility"] = "private";
            p["figuresVisibility"] = "members";
        });
        await app.ApprovePendingAsync("cq-shancheng-cell");

        async Task<JsonElement> DetailAsync(HttpClient client) =>
            await BioBridgeApp.OkJsonAsync(await client.GetAsync("/api/v1/organizations/cq-shancheng-cell"));
        var anonymous = await DetailAsync(app.Anonymous());
        anonymous.GetProperty("website").ValueKind.ShouldBe(JsonValueKind.Null);
        anonymous.GetProperty("employees").ValueKind.ShouldBe(JsonValueKind.Null);

        var otherMember = await DetailAsync(await app.MemberAsync($"reader-{app.Provider}@solbit.example", "sbh-solbit-gene"));
        otherMember.GetProperty("employees").GetInt32().ShouldBe(321);
        otherMember.GetProperty("website").ValueKind.ShouldBe(JsonValueKind.Null);

        var otherClusterOperator = await DetailAsync(await app.ClusterOperatorAsync("seoul-bio-hub"));
        otherClusterOperator.GetProperty("employees").GetInt32().ShouldBe(321);
        otherClusterOperator.GetProperty("website").ValueKind.ShouldBe(JsonValueKind.Null);

        foreach (var insider in new[] { member, await app.ClusterOperatorAsync("liangjiang") })
        {
            var detail = await DetailAsync(insider);
            detail.GetProperty("website").GetString().ShouldBe("https://shancheng.example");
            detail.GetProperty("visibility").GetProperty("contact").GetString().ShouldBe("private");
        }

        // The operator of the other cluster exports what they may read, not the private contact.
        var export = await (await app.ClusterOperatorAsync("seoul-bio-hub")).GetStringAsync("/api/v1/organizations/export?format=csv");
        export.ShouldNotContain("https://shancheng.example");
    }

    [Fact]
    public async Task Search_never_reveals_members_only_or_private_text_to_anonymous_readers()
    {
        var member = await app.MemberAsync($"editor-{app.Provider}@yuxin.example", "cq-yuxin-clinical");
        await ProposeAsync(member, p =>
        {
            p["description"] = Text(null, null, "Clinical research organization with the confidential quorvanex oncology pipeline for partners.");
            p["descriptionVisibility"] = "members";
            p["offers"] = new[] { "zelmarith assay service" };
            p["pipelineVisibility"] = "private";
        });
        await app.ApprovePendingAsync("cq-yuxin-clinical");

        foreach (var secret in new[] { "quorvanex", "zelmarith" })
        {
            var found = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/organizations?q=" + secret));
            found.GetProperty("items").EnumerateArray()
                .ShouldNotContain(i => i.GetProperty("organization").GetProperty("externalId").GetString() == "cq-yuxin-clinical");
        }
        var listed = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/organizations?cluster=liangjiang&pageSize=100"));
        listed.GetRawText().ShouldNotContain("quorvanex");
        // Result summaries come from the index's cards with the reader's visibility applied: members still read the snippet.
        var memberListed = await BioBridgeApp.OkJsonAsync(await member.GetAsync("/api/v1/organizations?cluster=liangjiang&pageSize=100"));
        memberListed.GetRawText().ShouldContain("quorvanex");
        (await app.Anonymous().GetStringAsync("/organizations/cq-yuxin-clinical")).ShouldNotContain("quorvanex");
        (await member.GetStringAsync("/organizations/cq-yuxin-clinical")).ShouldContain("quorvanex");
    }

    [Fact]
    public async Task Unpublished_organizations_are_invisible_to_the_public_but_not_to_operators()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            await db.Organizations.Where(o => o.ExternalId == "cq-jinyun-tcm")
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.IsPublished, false).SetProperty(o => o.UpdatedAt, DateTime.UtcNow));
            await scope.ServiceProvider.GetRequiredService<Features.Directory.DirectoryChanges>().OrganizationsChangedAsync(["cq-jinyun-tcm"], default);
        }
        (await app.Anonymous().GetAsync("/api/v1/organizations/cq-jinyun-tcm")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Anonymous().GetAsync("/organizations/cq-jinyun-tcm")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var listed = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/organizations?cluster=liangjiang&pageSize=100"));
        listed.GetRawText().ShouldNotContain("cq-jinyun-tcm");
        (await (await app.MemberAsync($"reader2-{app.Provider}@solbit.example", "sbh-solbit-gene")).GetAsync("/api/v1/organizations/cq-jinyun-tcm"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ClusterOperatorAsync("seoul-bio-hub")).GetAsync("/api/v1/organizations/cq-jinyun-tcm")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Machine_drafts_fill_the_missing_languages_and_readers_see_their_state()
    {
        var member = await app.MemberAsync($"editor-{app.Provider}@jinyun.example", "cq-jinyun-health");
        const string chinese = "金运健康提供中药材质量检测和标准化服务，面向韩国功能性食品企业。";
        await ProposeAsync(member, p => p["description"] = Text(null, chinese, null));
        (await member.PostAsync("/api/v1/my/profile/translations", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var pending = (await MyProfileAsync(member)).GetProperty("pending").GetProperty("content").GetProperty("description");
        // The glossary puts the taxonomy's Korean label for 服务 (service) whatever the service answers.
        var draft = "[zh→ko] " + chinese.Replace("服务", "서비스");
        pending.GetProperty("ko").GetProperty("text").GetString().ShouldBe(draft);
        pending.GetProperty("ko").GetProperty("state").GetString().ShouldBe("machine");
        pending.GetProperty("zh").GetProperty("state").GetString().ShouldBe("original");
        await app.ApprovePendingAsync("cq-jinyun-health");

        var korean = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/organizations/cq-jinyun-health?lang=ko"));
        korean.GetProperty("descriptionVersions").GetProperty("ko").GetProperty("state").GetString().ShouldBe("machine");
        (await app.Anonymous().GetStringAsync("/organizations/cq-jinyun-health")).ShouldContain("translation-machine");

        // The organization checks the Korean draft and marks it verified; after approval readers see "verified".
        await ProposeAsync(member, p => p["description"] = new
        {
            ko = new { text = draft, state = "verified" },
            zh = new { text = chinese, state = "original" },
            en = new { text = "[zh→en] " + chinese, state = "machine" },
        });
        await app.ApprovePendingAsync("cq-jinyun-health");
        var verified = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/organizations/cq-jinyun-health?lang=ko"));
        verified.GetProperty("descriptionVersions").GetProperty("ko").GetProperty("state").GetString().ShouldBe("verified");
        verified.GetProperty("descriptionVersions").GetProperty("en").GetProperty("state").GetString().ShouldBe("machine");
    }

    [Fact]
    public async Task The_translation_memory_never_sends_the_same_text_to_a_service_twice_and_reports_its_hit_rate()
    {
        var service = new ScriptedService(text => "번역 " + text);
        var memory = new TranslationMemory(service, app.Services.GetRequiredService<AppDbOptions>(), TimeProvider.System);
        const string text = "Microencapsulated probiotics for functional beverages.";
        (await memory.TranslateAsync(text, "en", "ko", default)).ShouldBe("번역 " + text);
        (await memory.TranslateAsync(text, "en", "ko", default)).ShouldBe("번역 " + text);
        (await memory.TranslateAsync(text, "en", "ko", default)).ShouldBe("번역 " + text);
        service.Sent.Count.ShouldBe(1);
        await memory.TranslateAsync(text, "en", "zh", default); // another target language is another entry
        service.Sent.Count.ShouldBe(2);

        using var scope = app.Services.CreateScope();
        var report = await TranslationMemory.ReportAsync(scope.ServiceProvider.GetRequiredService<AppDb>(), default);
        report.Single(r => r.Service == "scripted").ShouldBe(new TranslationMemoryUse("scripted", 2, 2, 0.5, 2L * text.Length));
        var command = await Cli.RunAsync("translation", "memory", "--json", "--db", app.Database.ConnectionString);
        command.ExitCode.ShouldBe(0, command.Stderr);
        var scripted = JsonDocument.Parse(command.Stdout).RootElement.EnumerateArray().Single(u => u.GetProperty("service").GetString() == "scripted");
        scripted.GetProperty("hitRate").GetDouble().ShouldBe(0.5);
    }

    [Fact]
    public async Task A_new_opportunity_is_seen_only_by_its_organization_until_approved_then_by_its_visibility()
    {
        var owner = await app.MemberAsync($"owner-{app.Provider}@chengquan.example", "cq-chengquan-biotech");
        var created = await BioBridgeApp.JsonAsync(await owner.PostAsJsonAsync("/api/v1/opportunities", new
        {
            kind = "technology-offer", title = "间充质干细胞外泌体技术授权", body = "我们提供间充质干细胞外泌体的分离纯化工艺，寻求韩国化妆品合作伙伴。",
            visibility = "members",
        }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        created.GetProperty("approved").GetBoolean().ShouldBeFalse();

        var seeker = await app.MemberAsync($"seeker-{app.Provider}@exoline.example", "sbh-exoline-bio");
        (await seeker.GetAsync($"/api/v1/opportunities/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await seeker.PostAsJsonAsync($"/api/v1/opportunities/{id}/interests", new { message = "관심이 있습니다." })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/opportunities/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var seoul = await app.ClusterOperatorAsync("seoul-bio-hub");
        (await seoul.GetStringAsync("/api/v1/vetting")).ShouldNotContain("cq-chengquan-biotech");

        (await owner.PostAsync($"/api/v1/opportunities/{id}/translations", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await app.ApprovePendingAsync("cq-chengquan-biotech");

        var korean = await BioBridgeApp.OkJsonAsync(await seeker.GetAsync($"/api/v1/opportunities/{id}?lang=ko"));
        korean.GetProperty("title").GetString().ShouldStartWith("[zh→ko] ");
        korean.GetProperty("textState").GetString().ShouldBe("machine");
        (await BioBridgeApp.OkJsonAsync(await seeker.GetAsync($"/api/v1/opportunities/{id}?lang=zh"))).GetProperty("textState").GetString().ShouldBe("original");
        // Members only: signed-in members see it, the public does not.
        (await app.Anonymous().GetAsync($"/api/v1/opportunities/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/opportunities"))).EnumerateArray()
            .ShouldNotContain(o => o.GetProperty("id").GetInt32() == id);

        // An edit waits; the approved version stays visible meanwhile.
        (await owner.PutAsJsonAsync($"/api/v1/opportunities/{id}", new
        {
            kind = "technology-offer", title = "外泌体工艺授权（更新）", body = "更新后的外泌体分离纯化工艺说明，适用于化妆品原料。", visibility = "public",
        })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await BioBridgeApp.OkJsonAsync(await seeker.GetAsync($"/api/v1/opportunities/{id}?lang=zh"))).GetProperty("title").GetString()
            .ShouldBe("间充质干细胞外泌体技术授权");
        await app.ApprovePendingAsync("cq-chengquan-biotech");
        (await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/opportunities/{id}?lang=zh"))).GetProperty("title").GetString()
            .ShouldBe("外泌体工艺授权（更新）");
    }

    [Fact]
    public async Task Only_members_edit_profiles_and_only_operators_see_the_queue()
    {
        (await app.Anonymous().PutAsJsonAsync("/api/v1/my/profile", new { })).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await app.Anonymous().GetAsync("/api/v1/vetting")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        var member = await app.MemberAsync($"nosy-{app.Provider}@lipocore.example", "cq-lipocore");
        (await member.GetAsync("/api/v1/vetting")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // An operator acts for a cluster, not an organization: no profile of their own to edit.
        (await (await app.ClusterOperatorAsync("seoul-bio-hub")).GetAsync("/api/v1/my/profile")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var invalid = await member.PutAsJsonAsync("/api/v1/my/profile", new { name = new { }, website = "ftp://x", founded = 1200, sectors = new[] { "no-such-concept" } });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadAsStringAsync();
        foreach (var field in new[] { "name", "website", "founded", "sectors" })
            problem.ShouldContain(field);
    }
}
