using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using BioBridge.Data;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The data the matrix's paths point at, created once per app on top of the demo: an approved opportunity of organization A
/// with organization B's interest in it, a pending post of A waiting for vetting, a meeting request from A's delegate to the
/// DelegateAtEventX persona's delegate, a message thread between A and B, and event Y (Liangjiang) with its organizer.
/// </summary>
public sealed record MatrixScene(
    int OpportunityOfA, int PendingRevisionOfA, int InterestOfB, int RequestFromA, int ThreadOfA, int DelegateOfA, int DelegateOfB,
    int MeetingOfA, int SubmissionOfA, int ReviewOfReviewer, int SeoulPipeline, int IntroductionToLiangjiang, string UserIdOfOrganizerY)
{
    static readonly ConcurrentDictionary<BioBridgeApp, Lazy<Task<MatrixScene>>> Scenes = new();

    public static Task<MatrixScene> OfAsync(BioBridgeApp app) =>
        Scenes.GetOrAdd(app, a => new Lazy<Task<MatrixScene>>(() => CreateAsync(a))).Value;

    static async Task<MatrixScene> CreateAsync(BioBridgeApp app)
    {
        foreach (var persona in Personas.All)
            await app.ClientAsync(persona); // accounts and event Y exist from here on
        var orgA = await app.ClientAsync(Persona.OrgAMember);
        var opportunity = await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-offer", title = "Matrix offer of A", body = "Microcapsule know-how for the matrix test." }), HttpStatusCode.Created);
        var opportunityId = opportunity.GetProperty("id").GetInt32();
        await ApproveAsync(app, Personas.OrgA);
        (await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync("/api/v1/opportunities",
            new { kind = "technology-request", title = "Matrix request of A, pending", body = "Waits for vetting in the matrix test." }),
            HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var orgB = await app.ClientAsync(Persona.OrgBMember);
        (await orgB.PostAsJsonAsync($"/api/v1/opportunities/{opportunityId}/interests", new { message = "B is interested (matrix)." }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        int DelegateOf(string organization) => db.Delegates
            .Where(d => d.Organization!.ExternalId == organization && db.Events.Any(e => e.Id == d.EventId && e.Slug == Personas.EventX))
            .OrderBy(d => d.Id).Select(d => d.Id).First();
        var delegateOfA = DelegateOf(Personas.OrgA);
        var delegateOfB = DelegateOf(Personas.OrgB);
        var delegateOfOther = DelegateOf(Personas.DelegateOrganization);
        var request = await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync($"/api/v1/events/{Personas.EventX}/requests",
            new { fromDelegateId = delegateOfA, toDelegateId = delegateOfOther, message = "Matrix request from A.", priority = 2 }), HttpStatusCode.Created);
        var interest = await db.ExpressionsOfInterest.Where(i => i.OpportunityId == opportunityId).Select(i => i.Id).SingleAsync();
        var meeting = await db.Meetings.Where(m => db.MeetingRequests.Any(r => r.Id == m.RequestId
                && (r.FromDelegateId == delegateOfA && r.ToDelegateId == delegateOfB || r.FromDelegateId == delegateOfB && r.ToDelegateId == delegateOfA)))
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var requestOfMeeting = await db.Meetings.Where(m => m.Id == meeting).Select(m => m.RequestId).SingleAsync();
        var thread = await BioBridgeApp.JsonAsync(await orgA.PostAsJsonAsync("/api/v1/threads", new { meetingRequestId = requestOfMeeting }), HttpStatusCode.OK);
        var organizationA = await db.Organizations.Where(o => o.ExternalId == Personas.OrgA).Select(o => o.Id).SingleAsync();
        var pending = await db.Revisions.Where(r => r.OrganizationId == organizationA && r.Status == RevisionStatus.Pending).Select(r => r.Id).FirstAsync();
        var submission = await db.Submissions.Where(s => s.OrganizationId == organizationA).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var reviewer = await db.Users.Where(u => u.Email == Personas.Email(Persona.Reviewer)).Select(u => u.Id).SingleAsync();
        var review = await db.Reviews.Where(r => r.ReviewerId == reviewer).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var pipeline = await db.ScoutingPipelines.Where(p => p.ClusterId == "seoul-bio-hub").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var introduction = await db.Introductions.Where(i => i.FromClusterId == "seoul-bio-hub" && i.ToClusterId == "liangjiang")
            .OrderBy(i => i.Status == Features.Cooperation.IntroductionStatus.Proposed ? 0 : 1).ThenBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var organizerY = await db.Users.Where(u => u.Email == Personas.Email(Persona.OrganizerOfEventY)).Select(u => u.Id).SingleAsync();
        return new MatrixScene(opportunityId, pending, interest, request.GetProperty("id").GetInt32(), ThreadId(thread), delegateOfA, delegateOfB,
            meeting, submission, review, pipeline, introduction, organizerY);
    }

    /// <summary>The Seoul operator persona approves A's waiting proposals: through its client, as sign-ins are rate limited.</summary>
    public static async Task ApproveAsync(BioBridgeApp app, string organization)
    {
        var seoul = await app.ClientAsync(Persona.SeoulOperator);
        var queue = await BioBridgeApp.OkJsonAsync(await seoul.GetAsync("/api/v1/vetting"));
        foreach (var item in queue.EnumerateArray().Where(i => i.GetProperty("organizationExternalId").GetString() == organization))
        {
            var checklist = item.GetProperty("checklist").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
            var approved = await seoul.PostAsJsonAsync($"/api/v1/vetting/{item.GetProperty("id").GetInt32()}/approve", new { checklist });
            approved.StatusCode.ShouldBe(HttpStatusCode.NoContent, await approved.Content.ReadAsStringAsync());
        }
    }

    static int ThreadId(System.Text.Json.JsonElement thread) =>
        thread.GetProperty("thread").GetProperty("id").GetInt32();

    /// <summary>The value of one path parameter: the scene's ids, so that a path points at something of organization A or event X.</summary>
    public string Value(string template, string parameter)
    {
        var segments = template.Split('/');
        var index = Array.FindIndex(segments, s => s.StartsWith("{" + parameter, StringComparison.Ordinal));
        var previous = index > 0 ? segments[index - 1] : "";
        var name = parameter.ToLowerInvariant();
        return (name, previous) switch
        {
            ("slug", "events") => Personas.EventX,
            ("slug", "calls") => "slw-smart-life-awards",
            ("slug", "agreements") => "sbh-liangjiang-mou-2024",
            ("externalid", _) => Personas.OrgA,
            ("kind", _) => "deals",
            ("culture", _) => "en",
            ("userid", _) => "not-an-organizer",
            ("role", _) => "member",
            ("id", "clusters") => "seoul-bio-hub",
            ("id", "opportunities") => OpportunityOfA.ToString(),
            ("id", "interests") => InterestOfB.ToString(),
            ("interestid", _) => InterestOfB.ToString(),
            ("id", "requests") or ("requestid", _) => RequestFromA.ToString(),
            ("id", "delegates") or ("delegateid", _) => DelegateOfA.ToString(),
            ("otherid", _) => DelegateOfB.ToString(),
            ("id", "meetings") => MeetingOfA.ToString(),
            ("id", "threads") or ("threadid", _) => ThreadOfA.ToString(),
            ("id", "submissions") => SubmissionOfA.ToString(),
            ("id", "reviews") => ReviewOfReviewer.ToString(),
            ("id", "pipelines") => SeoulPipeline.ToString(),
            ("id", "introductions") => IntroductionToLiangjiang.ToString(),
            ("id", "vetting") => PendingRevisionOfA.ToString(),
            _ => "1",
        };
    }

    public string Fill(string template) =>
        Regex.Replace(template, @"\{(\w+)(:[^}]*)?\}", m => Uri.EscapeDataString(Value(template, m.Groups[1].Value)));
}
