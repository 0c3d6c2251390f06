using BioBridge.Data;
using BioBridge.Features.Partnering;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// Storing a scheduling run (bulk rows below EF Core) and the locks of request writes: what the solver placed is what
/// the database holds, a store that collides changes nothing, and crossing requests of one pair still meet.
/// </summary>
public abstract partial class PartneringApiTests<TApp>
{
    /// <summary>Three Seoul and three Chongqing delegates with six accepted requests, and a first proposal stored.</summary>
    async Task<string> EventWithProposalAsync(string name)
    {
        var slug = await NewEventAsync(name, tables: 2);
        var seoul = await Task.WhenAll(SeoulOrganizations.Skip(4).Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Skip(4).Take(3).Select(o => RegisterAsync(slug, o, "en")));
        for (var k = 0; k < 6; k++)
        {
            var (from, to) = (seoul[k % 3], chongqing[(k + k / 3) % 3]);
            var id = await RequestAsync(slug, from, to);
            await Json(await to.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        }
        await RunToEndAsync(await OrganizerAsync(), slug);
        return slug;
    }

    /// <summary>A fresh run of the event, claimed by this test, and its instance solved.</summary>
    static async Task<(SchedulingRun Run, PartneringInstance Built, SolveReport Report)> SolveAsync(IServiceProvider services, string slug)
    {
        var db = services.GetRequiredService<AppDb>();
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        var built = await services.GetRequiredService<BuildScheduleInstance>().HandleAsync(eventId, default);
        var errors = new List<string>();
        var report = ScheduleSolver.Solve(built.Instance, new SolveOptions { TimeLimitSeconds = 1 }, errors);
        report.ShouldNotBeNull(string.Join("; ", errors));
        var now = DateTime.UtcNow;
        var run = new SchedulingRun { EventId = eventId, TimeLimitSeconds = 1, RequestedAt = now };
        db.SchedulingRuns.Add(run);
        await db.SaveChangesAsync();
        run.Start("store test", now, now.AddHours(1));
        await db.SaveChangesAsync();
        return (run, built, report);
    }

    static async Task<List<(int Request, int Slot, int Location, int? Interpreter, string Seats, int? Run)>> StoredMeetingsAsync(AppDb db, int eventId) =>
        (await db.Meetings.AsNoTracking().Where(m => m.EventId == eventId)
            .Select(m => new { m.RequestId, m.SlotId, m.LocationId, m.InterpreterId, m.RunId, Seats = m.Seats.Select(s => new { s.DelegateId, s.SlotId }).ToList() })
            .ToListAsync())
        .Select(m => (m.RequestId, m.SlotId, m.LocationId, m.InterpreterId,
            string.Join(",", m.Seats.OrderBy(s => s.DelegateId).Select(s => $"{s.DelegateId}@{s.SlotId}")), m.RunId))
        .OrderBy(m => m.RequestId).ToList();

    [Fact]
    public async Task A_stored_run_holds_exactly_the_solvers_placements_and_replaces_the_previous_proposal()
    {
        var slug = await EventWithProposalAsync("store");
        using var scope = app.Services.CreateScope();
        var (run, built, report) = await SolveAsync(scope.ServiceProvider, slug);
        report.Result.Assignments.Count.ShouldBeGreaterThan(0);

        (await scope.ServiceProvider.GetRequiredService<StoreProposal>().HandleAsync(run, "store test", built, report, default)).ShouldBeTrue();

        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var expected = report.Result.Assignments.Select(a => built.Meetings[a.Meeting!]).Zip(report.Result.Assignments, (pair, a) =>
            (pair.KeyRequestId, built.Slots[a.Slot!].Id, built.Locations[a.Location!].Id, a.Interpreter is { } i ? built.Interpreters[i].Id : (int?)null,
                $"{pair.FirstDelegateId}@{built.Slots[a.Slot!].Id},{pair.SecondDelegateId}@{built.Slots[a.Slot!].Id}", (int?)run.Id))
            .OrderBy(m => m.KeyRequestId).ToList();
        (await StoredMeetingsAsync(db, run.EventId)).ShouldBe(expected);
        var stored = await db.SchedulingRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        stored.Status.ShouldBe(RunStatus.Succeeded);
        stored.ScheduledMeetings.ShouldBe(expected.Count);
        await CheckStoredScheduleAsync(await OrganizerAsync(), slug);
    }

    [Fact]
    public async Task A_store_that_collides_fails_the_run_and_keeps_the_previous_proposal()
    {
        var slug = await EventWithProposalAsync("collide");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var (run, built, report) = await SolveAsync(scope.ServiceProvider, slug);
        var before = await StoredMeetingsAsync(db, run.EventId);
        before.Count.ShouldBeGreaterThan(0);
        report.Result.Assignments.Count.ShouldBeGreaterThan(1);
        // As if a meeting had been placed at the same table while the solver ran: two placements at one table and slot.
        var table = built.Locations.Values.First(l => l.InstanceKind == "table").Code;
        var colliding = report.Result.Assignments.Select((a, k) => new Assignment
        {
            Meeting = a.Meeting, Slot = k < 2 ? report.Result.Assignments[0].Slot : a.Slot, Location = k < 2 ? table : a.Location, Interpreter = a.Interpreter,
        }).ToList();

        (await scope.ServiceProvider.GetRequiredService<StoreProposal>().HandleAsync(run, "store test", built,
            report with { Result = new ScheduleResult { Assignments = colliding, Unscheduled = report.Result.Unscheduled } }, default)).ShouldBeTrue();

        (await StoredMeetingsAsync(db, run.EventId)).ShouldBe(before);
        var failed = await db.SchedulingRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        failed.Status.ShouldBe(RunStatus.Failed);
        failed.Error.ShouldBe("conflict");
    }

    [Theory]
    [InlineData("ko", "솔버가 실행되는 동안 일정이 바뀌었습니다")]
    [InlineData("zh-Hans", "求解器运行期间日程发生了变化")]
    [InlineData("en", "The schedule changed while the solver ran")]
    public async Task A_failed_run_is_told_in_the_organizers_language_on_the_page_and_in_the_api(string language, string conflict)
    {
        var slug = await EventWithProposalAsync($"told-{language}");
        int runId;
        using (var scope = app.Services.CreateScope())
        {
            var (run, built, report) = await SolveAsync(scope.ServiceProvider, slug);
            var table = built.Locations.Values.First(l => l.InstanceKind == "table").Code;
            var colliding = report.Result.Assignments.Select((a, k) => new Assignment
            {
                Meeting = a.Meeting, Slot = report.Result.Assignments[0].Slot, Location = table, Interpreter = a.Interpreter,
            }).ToList();
            await scope.ServiceProvider.GetRequiredService<StoreProposal>().HandleAsync(run, "store test", built,
                report with { Result = new ScheduleResult { Assignments = colliding, Unscheduled = report.Result.Unscheduled } }, default);
            runId = run.Id;
        }
        var organizer = await OrganizerAsync();

        var answer = await Json(await organizer.SendAsync(Speaking(HttpMethod.Get, $"/api/v1/events/{slug}/scheduling-runs/{runId}", language)));
        var page = await organizer.SendAsync(Speaking(HttpMethod.Get, $"/events/{slug}/organizer?run={runId}", language));

        answer.GetProperty("run").GetProperty("status").GetString().ShouldBe("failed");
        answer.GetProperty("run").GetProperty("failure").GetString().ShouldBe("conflict");
        answer.GetProperty("run").GetProperty("error").GetString().ShouldNotBeNull().ShouldStartWith(conflict);
        System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain(conflict);
    }

    static HttpRequestMessage Speaking(HttpMethod method, string path, string language)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    [Fact]
    public async Task Crossing_requests_of_one_pair_sent_at_once_become_mutual_and_place_one_meeting()
    {
        var slug = await NewEventAsync("crossing", tables: 3);
        var seoul = await Task.WhenAll(SeoulOrganizations.Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var organizer = await OrganizerAsync();
        var empty = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{empty.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));

        // Each pair's two requests at the same moment, three pairs at once: whichever comes second sees the first.
        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(k => new[]
        {
            RequestAsync(slug, seoul[k], chongqing[k]), RequestAsync(slug, chongqing[k], seoul[k]),
        }));

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        (await db.MeetingRequests.Where(r => r.EventId == eventId).Select(r => r.Status).ToListAsync()).ShouldBe(Enumerable.Repeat(RequestStatus.Accepted, 6));
        var meetings = await StoredMeetingsAsync(db, eventId);
        meetings.Count.ShouldBe(3);
        meetings.Select(m => m.Seats).Distinct().Count().ShouldBe(3);
        (await CheckStoredScheduleAsync(organizer, slug)).Report.Feasible.ShouldBeTrue();
    }
}
