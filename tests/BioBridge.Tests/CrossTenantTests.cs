using System.Net;
using System.Net.Http.Json;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// Tenants cannot cross into each other's data: organization A and B, the Seoul and Liangjiang operators, the parties of a
/// meeting and everyone else, reviewers and unassigned submissions. Every refusal is 403 or 404 and names nothing private.
/// </summary>
public abstract class CrossTenantTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static async Task ShouldBeRefusedWithoutLeakAsync(HttpResponseMessage response, params string[] secrets)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.NotFound], body);
        foreach (var secret in secrets)
            body.ShouldNotContain(secret);
    }

    [Fact]
    public async Task Organization_A_cannot_read_or_answer_the_interests_in_organization_B_opportunity()
    {
        var orgB = await app.ClientAsync(Persona.OrgBMember);
        var orgA = await app.ClientAsync(Persona.OrgAMember);
        var created = await BioBridgeApp.JsonAsync(await orgB.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title = $"B offer {app.Provider}", body = "Microcapsule licensing for cosmetics." }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        await app.ApprovePendingAsync(created.GetProperty("organizationExternalId").GetString()!); // posts are vetted first
        var orgAAdmin = await app.ClientAsync(Persona.OrgAAdmin);
        (await orgAAdmin.PostAsJsonAsync($"/api/v1/opportunities/{id}/interests", new { message = "CONFIDENTIAL-A-TERMS" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var interests = await BioBridgeApp.OkJsonAsync(await orgB.GetAsync($"/api/v1/opportunities/{id}/interests"));
        var interestId = interests[0].GetProperty("id").GetInt32();

        // Only the owner sees who is interested and on what terms; A's other member may not answer for B.
        (await BioBridgeApp.OkJsonAsync(await orgA.GetAsync($"/api/v1/opportunities/{id}/interests"))).GetArrayLength().ShouldBe(0);
        await ShouldBeRefusedWithoutLeakAsync(await (await app.ClientAsync(Persona.Reviewer)).GetAsync($"/api/v1/opportunities/{id}/interests"),
            "CONFIDENTIAL-A-TERMS");
        await ShouldBeRefusedWithoutLeakAsync(await orgA.PostAsJsonAsync($"/api/v1/interests/{interestId}/answer", new { accept = true }),
            "CONFIDENTIAL-A-TERMS");
        var operatorOfOtherCluster = await app.ClientAsync(Persona.SeoulOperator);
        await ShouldBeRefusedWithoutLeakAsync(await operatorOfOtherCluster.PostAsJsonAsync($"/api/v1/interests/{interestId}/answer", new { accept = true }),
            "CONFIDENTIAL-A-TERMS");
    }

    [Fact]
    public async Task A_Seoul_operator_cannot_read_or_manage_a_Liangjiang_only_pipeline()
    {
        var liangjiang = await app.ClientAsync(Persona.LiangjiangOperator);
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        var name = $"LJ-PRIVATE-PIPELINE-{app.Provider}";
        var pipeline = await BioBridgeApp.JsonAsync(await liangjiang.PostAsJsonAsync("/api/v1/cooperation/pipelines", new { name }), HttpStatusCode.Created);
        var id = pipeline.GetProperty("id").GetInt32();
        (await liangjiang.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{id}/entries",
            new { organization = "cq-zaining-vector", stage = "discovered", notes = "LJ-PRIVATE-NOTE" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ShouldBeRefusedWithoutLeakAsync(await seoul.GetAsync($"/api/v1/cooperation/pipelines/{id}"), name, "LJ-PRIVATE-NOTE");
        await ShouldBeRefusedWithoutLeakAsync(await seoul.PostAsJsonAsync($"/api/v1/cooperation/pipelines/{id}/entries",
            new { organization = "cq-zaining-vector", stage = "contacted", notes = "hijack" }), name, "LJ-PRIVATE-NOTE");
        (await seoul.GetStringAsync("/api/v1/cooperation/pipelines")).ShouldNotContain(name);
        await ShouldBeRefusedWithoutLeakAsync(await seoul.PostAsJsonAsync("/api/v1/cooperation/pipelines", new { name = "Seoul in LJ", cluster = "liangjiang" }));
        (await seoul.GetStringAsync("/cooperation/scouting")).ShouldNotContain(name);

        // Nothing the Seoul operator tried changed the Liangjiang pipeline.
        var after = await BioBridgeApp.OkJsonAsync(await liangjiang.GetAsync($"/api/v1/cooperation/pipelines/{id}"));
        after.GetProperty("entries").EnumerateArray().Single().GetProperty("stage").GetString().ShouldBe("discovered");
    }

    [Fact]
    public async Task Meeting_requests_and_follow_ups_are_read_by_the_parties_and_the_event_organizers_only()
    {
        // Seeded: Dewlight (A) and Xiaowan (B) requested a meeting with each other at event X, with these messages.
        const string secret = "마이크로캡슐 원료를 저희 기능성 화장품에 쓰고 싶습니다.";
        int delegateOfA;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            delegateOfA = await db.Delegates.Where(d => d.Organization!.ExternalId == Personas.OrgA && db.Events.Any(e => e.Id == d.EventId && e.Slug == Personas.EventX))
                .Select(d => d.Id).FirstAsync();
        }
        var requests = $"/api/v1/events/{Personas.EventX}/delegates/{delegateOfA}/requests";

        (await (await app.ClientAsync(Persona.OrgAMember)).GetStringAsync(requests)).ShouldContain(secret);
        (await (await app.ClientAsync(Persona.OrganizerOfEventX)).GetStringAsync(requests)).ShouldContain(secret);
        (await (await app.ClientAsync(Persona.SeoulOperator)).GetStringAsync(requests)).ShouldContain(secret);

        foreach (var outsider in new[] { Persona.LiangjiangOperator, Persona.Reviewer })
        {
            var client = await app.ClientAsync(outsider);
            await ShouldBeRefusedWithoutLeakAsync(await client.GetAsync(requests), secret);
            await ShouldBeRefusedWithoutLeakAsync(await client.GetAsync($"/api/v1/events/{Personas.EventX}/delegates/{delegateOfA}/agenda"), secret);
            await ShouldBeRefusedWithoutLeakAsync(await client.GetAsync($"/api/v1/events/{Personas.EventX}/follow-ups"), secret);
            await ShouldBeRefusedWithoutLeakAsync(await client.GetAsync($"/api/v1/events/{Personas.EventX}/meetings"), secret);
            var page = await client.GetAsync($"/events/{Personas.EventX}/agenda/{delegateOfA}");
            page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await page.Content.ReadAsStringAsync()).ShouldNotContain(secret);
        }
        // Organization B is the other party: it reads the request through its own delegate, not through A's.
        await ShouldBeRefusedWithoutLeakAsync(await (await app.ClientAsync(Persona.OrgBMember)).GetAsync(requests), "CTO");
    }

    [Fact]
    public async Task An_organizer_runs_only_the_event_assigned_to_them_and_only_hosts_assign_organizers()
    {
        var liangjiangEvent = $"cq-expo-{app.Provider}".ToLowerInvariant();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.Events.Add(new Features.Events.Event
            {
                Slug = liangjiangEvent, NameEn = "Chongqing bio expo", TimeZone = "Asia/Shanghai", HostClusterId = "liangjiang",
                StartsOn = new DateOnly(2026, 12, 1), EndsOn = new DateOnly(2026, 12, 2),
            });
            await db.SaveChangesAsync();
        }
        var organizer = await app.ClientAsync(Persona.OrganizerOfEventX);
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        var liangjiang = await app.ClientAsync(Persona.LiangjiangOperator);

        (await organizer.GetAsync($"/api/v1/events/{Personas.EventX}/demand")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await organizer.GetAsync($"/api/v1/events/{liangjiangEvent}/demand")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await seoul.GetAsync($"/api/v1/events/{liangjiangEvent}/demand")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await liangjiang.GetAsync($"/api/v1/events/{liangjiangEvent}/demand")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await seoul.GetAsync($"/events/{liangjiangEvent}/organizer");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/denied");

        // The host cluster's operator appoints; an organizer cannot appoint others, nor can the other cluster's operator.
        var email = Personas.Email(Persona.OrganizerOfEventX);
        (await organizer.PostAsJsonAsync($"/api/v1/events/{liangjiangEvent}/organizers", new { email })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await seoul.PostAsJsonAsync($"/api/v1/events/{liangjiangEvent}/organizers", new { email })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var appointed = await BioBridgeApp.JsonAsync(await liangjiang.PostAsJsonAsync($"/api/v1/events/{liangjiangEvent}/organizers", new { email }),
            HttpStatusCode.Created);
        (await organizer.GetAsync($"/api/v1/events/{liangjiangEvent}/demand")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var unknown = await liangjiang.PostAsJsonAsync($"/api/v1/events/{liangjiangEvent}/organizers", new { email = "nobody@nowhere.example" });
        (await BioBridgeApp.JsonAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("email")[0].GetString()!.ShouldContain("nobody@nowhere.example");

        (await liangjiang.DeleteAsync($"/api/v1/events/{liangjiangEvent}/organizers/{appointed.GetProperty("userId").GetString()}"))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await organizer.GetAsync($"/api/v1/events/{liangjiangEvent}/demand")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_reviewer_reads_only_the_submissions_assigned_to_them()
    {
        var reviewer = await app.ClientAsync(Persona.Reviewer);
        int[] assigned, others;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var reviewerId = await db.Users.Where(u => u.Email == Personas.Email(Persona.Reviewer)).Select(u => u.Id).SingleAsync();
            assigned = await db.Reviews.Where(r => r.ReviewerId == reviewerId).Select(r => r.SubmissionId).Distinct().ToArrayAsync();
            others = await db.Submissions.Where(s => !assigned.Contains(s.Id)).Select(s => s.Id).ToArrayAsync();
        }
        others.ShouldNotBeEmpty();
        var listed = await BioBridgeApp.OkJsonAsync(await reviewer.GetAsync("/api/v1/submissions"));
        listed.EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ShouldAllBe(id => assigned.Contains(id));
        foreach (var id in others)
            await ShouldBeRefusedWithoutLeakAsync(await reviewer.GetAsync($"/api/v1/submissions/{id}"));
        await ShouldBeRefusedWithoutLeakAsync(await (await app.ClientAsync(Persona.OrgBMember)).GetAsync($"/api/v1/submissions/{others[0]}"));
    }
}
