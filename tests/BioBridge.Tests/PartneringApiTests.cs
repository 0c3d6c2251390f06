using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Features.Partnering;
using BioBridge.Scheduling;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// Partnering through the API, on each provider: registration, requests and answers, who may do what, scheduling
/// runs checked by BioBridge.Scheduling's checker, publication, parallel acceptances and the iCalendar agenda.
/// Every test sets up its own event, so tests never see each other's delegates.
/// </summary>
public abstract partial class PartneringApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static readonly string[] SeoulOrganizations =
        ["sbh-dewlight-cosmetics", "sbh-hanui-cell", "sbh-solbit-gene", "sbh-qubitmol-ai", "sbh-nurion-biologics", "sbh-greenroot-health", "sbh-gutforest-bio"];
    static readonly string[] ChongqingOrganizations =
        ["cq-xiaowan", "cq-yulan-biologics", "cq-zaining-vector", "cq-shancheng-cell", "cq-yuxin-clinical", "cq-jinyun-tcm", "cq-lipocore"];

    static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonDocument.Parse(text).RootElement;
    }

    sealed record Delegate(int Id, HttpClient Member, string Organization);

    // Sign-ins are rate limited (20 a minute per address), so each account signs in once per app and class.
    static readonly ConcurrentDictionary<(BioBridgeApp, string), Lazy<Task<HttpClient>>> Clients = new();

    Task<HttpClient> ClientAsync(string account, Func<Task<HttpClient>> signIn) =>
        Clients.GetOrAdd((app, account), _ => new Lazy<Task<HttpClient>>(signIn)).Value;

    Task<HttpClient> OrganizerAsync() => ClientAsync("operator", app.OperatorAsync);

    Task<HttpClient> MemberOfAsync(string organization) =>
        ClientAsync(organization, () => app.MemberAsync($"{organization}-{app.Provider}@partnering.example", organization));

    /// <summary>A new event with six morning slots, the given tables, an online room and one Korean-Chinese interpreter.</summary>
    async Task<string> NewEventAsync(string name, int tables = 2, int interpreterMeetings = 6)
    {
        var slug = $"{name}-{app.Provider}-{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.Events.Add(new Event
            {
                Slug = slug,
                NameEn = $"Test event {name}",
                TimeZone = "Asia/Seoul",
                StartsOn = new DateOnly(2026, 11, 2),
                EndsOn = new DateOnly(2026, 11, 3),
            });
            await db.SaveChangesAsync();
        }
        var organizer = await OrganizerAsync();
        var added = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/partnering/setup", new
        {
            slots = new[] { new { day = "2026-11-02", from = "09:00", to = "12:00", minutes = 30 } },
            locations = Enumerable.Range(1, tables).Select(t => new { code = $"T{t}", kind = "table", url = (string?)null })
                .Append(new { code = "online", kind = "virtual", url = (string?)"https://meet.example/x" }),
            interpreters = new[] { new { name = "Interpreter One", languages = new[] { "ko", "zh" }, maxMeetings = interpreterMeetings } },
        }));
        added.GetProperty("slotsAdded").GetInt32().ShouldBe(6);
        return slug;
    }

    async Task<Delegate> RegisterAsync(string slug, string organization, string language, string? name = null)
    {
        var member = await MemberOfAsync(organization);
        var created = await Json(await member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = name ?? $"Delegate of {organization}",
            languages = new[] { language },
            maxMeetings = 6,
        }), HttpStatusCode.Created);
        created.GetProperty("organizationExternalId").GetString().ShouldBe(organization);
        return new Delegate(created.GetProperty("id").GetInt32(), member, organization);
    }

    static async Task<int> RequestAsync(string slug, Delegate from, Delegate to, int priority = 2, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var created = await Json(await from.Member.PostAsJsonAsync($"/api/v1/events/{slug}/requests", new
        {
            fromDelegateId = from.Id,
            toDelegateId = to.Id,
            message = "Let us meet about cooperation.",
            priority,
        }), expected);
        return expected == HttpStatusCode.Created ? created.GetProperty("id").GetInt32() : 0;
    }

    async Task<JsonElement> RunToEndAsync(HttpClient organizer, string slug)
    {
        var queued = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/scheduling-runs", new { timeLimitSeconds = 1 }),
            HttpStatusCode.Accepted);
        return await WaitForRunAsync(organizer, slug, queued.GetProperty("id").GetInt32());
    }

    /// <summary>Polls a queued run until it ends; it must succeed.</summary>
    static async Task<JsonElement> WaitForRunAsync(HttpClient organizer, string slug, int id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var run = await Json(await organizer.GetAsync($"/api/v1/events/{slug}/scheduling-runs/{id}"));
            var status = run.GetProperty("run").GetProperty("status").GetString();
            if (status is "succeeded" or "failed")
            {
                status.ShouldBe("succeeded", run.GetProperty("run").GetProperty("error").ToString());
                return run;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"scheduling run {id} did not finish");
    }

    /// <summary>The stored schedule of the event, validated by the scheduling library's own checker.</summary>
    static async Task<(ScheduleInstance Instance, ScheduleResult Result, CheckReport Report)> CheckStoredScheduleAsync(HttpClient organizer, string slug)
    {
        var errors = new List<string>();
        var instance = ScheduleJson.ParseInstance(await organizer.GetStringAsync($"/api/v1/events/{slug}/schedule/instance.json"), "instance", errors);
        var result = ScheduleJson.ParseResult(await organizer.GetStringAsync($"/api/v1/events/{slug}/schedule/result.json"), "result", errors);
        errors.ShouldBeEmpty();
        var report = ScheduleChecker.Check(instance!, result!, errors);
        errors.ShouldBeEmpty();
        report!.Feasible.ShouldBeTrue(string.Join("; ", report.Violations));
        return (instance!, result!, report);
    }

    [Fact]
    public async Task The_receiver_accepts_a_request_and_nobody_else_can_answer_it()
    {
        var slug = await NewEventAsync("answer");
        var seoul = await RegisterAsync(slug, SeoulOrganizations[0], "ko");
        var chongqing = await RegisterAsync(slug, ChongqingOrganizations[0], "zh");
        var id = await RequestAsync(slug, seoul, chongqing, priority: 3);
        await RequestAsync(slug, seoul, chongqing, expected: HttpStatusCode.Conflict);

        // The sender's side cannot accept its own request.
        (await seoul.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var incoming = await Json(await chongqing.Member.GetAsync($"/api/v1/events/{slug}/delegates/{chongqing.Id}/requests"));
        incoming.GetProperty("incoming")[0].GetProperty("status").GetString().ShouldBe("pending");

        var accepted = await Json(await chongqing.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        accepted.GetProperty("status").GetString().ShouldBe("accepted");
        (await chongqing.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await chongqing.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/decline", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var outgoing = await Json(await seoul.Member.GetAsync($"/api/v1/events/{slug}/delegates/{seoul.Id}/requests"));
        outgoing.GetProperty("outgoing")[0].GetProperty("status").GetString().ShouldBe("accepted");
    }

    [Fact]
    public async Task Delegates_are_notified_of_requests_answers_publication_and_moves()
    {
        var slug = await NewEventAsync("notify");
        var a = await RegisterAsync(slug, SeoulOrganizations[1], "en", "Notified Seoul");
        var b = await RegisterAsync(slug, ChongqingOrganizations[1], "en", "Notified Chongqing");
        var id = await RequestAsync(slug, a, b);
        var received = await Json(await b.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/notifications?lang=en"));
        received[0].GetProperty("kind").GetString().ShouldBe("RequestReceived");
        received[0].GetProperty("read").GetBoolean().ShouldBeFalse();
        await Json(await b.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        var accepted = await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/notifications"));
        accepted[0].GetProperty("kind").GetString().ShouldBe("RequestAccepted");
        accepted[0].GetProperty("about").GetString().ShouldBe("Notified Chongqing");

        var organizer = await OrganizerAsync();
        var run = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{run.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));
        (await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/notifications")))[0].GetProperty("kind").GetString()
            .ShouldBe("SchedulePublished");
        var meeting = (await Json(await organizer.GetAsync($"/api/v1/events/{slug}/meetings")))[0];
        var elsewhere = meeting.GetProperty("slot").GetString() == "20261102T1100" ? "20261102T0900" : "20261102T1100";
        (await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{meeting.GetProperty("id").GetInt32()}/move",
            new { slot = elsewhere, location = meeting.GetProperty("location").GetString() })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var moved = await Json(await b.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/notifications"));
        moved[0].GetProperty("kind").GetString().ShouldBe("MeetingMoved");

        (await b.Member.PostAsync($"/api/v1/events/{slug}/delegates/{b.Id}/notifications/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await b.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/notifications"))).EnumerateArray()
            .ShouldAllBe(n => n.GetProperty("read").GetBoolean());
        (await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/notifications")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_declined_request_cannot_be_accepted_and_a_cancelled_one_cannot_be_answered()
    {
        var slug = await NewEventAsync("decline");
        var a = await RegisterAsync(slug, SeoulOrganizations[0], "ko");
        var b = await RegisterAsync(slug, ChongqingOrganizations[0], "zh");
        var c = await RegisterAsync(slug, ChongqingOrganizations[1], "zh");
        var declined = await RequestAsync(slug, a, b);
        (await b.Member.PostAsync($"/api/v1/events/{slug}/requests/{declined}/decline", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.Member.PostAsync($"/api/v1/events/{slug}/requests/{declined}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var cancelled = await RequestAsync(slug, a, c);
        (await c.Member.PostAsync($"/api/v1/events/{slug}/requests/{cancelled}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await a.Member.PostAsync($"/api/v1/events/{slug}/requests/{cancelled}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await c.Member.PostAsync($"/api/v1/events/{slug}/requests/{cancelled}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Requests_are_validated_and_colleagues_do_not_request_each_other()
    {
        var slug = await NewEventAsync("validate");
        var a = await RegisterAsync(slug, SeoulOrganizations[0], "ko");
        var b = await RegisterAsync(slug, ChongqingOrganizations[0], "zh");
        var bad = await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/requests", new { fromDelegateId = a.Id, toDelegateId = b.Id, priority = 7 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("priority");
        var self = await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/requests", new { fromDelegateId = a.Id, toDelegateId = a.Id, priority = 1 });
        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var colleague = await Json(await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = "A colleague",
            email = $"colleague-{slug}@partnering.example",
            languages = new[] { "ko" },
        }), HttpStatusCode.Created);
        var toColleague = await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/requests",
            new { fromDelegateId = a.Id, toDelegateId = colleague.GetProperty("id").GetInt32(), priority = 1 });
        toColleague.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var noLanguage = await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new { displayName = "X", languages = Array.Empty<string>() });
        noLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_session_a_delegate_speaks_at_blocks_the_meeting_slots_it_overlaps()
    {
        var slug = await NewEventAsync("speaker");
        int sessionId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var ev = await db.Events.Include(e => e.Sessions).SingleAsync(e => e.Slug == slug);
            ev.Sessions.Add(new EventSession
            {
                Kind = SessionKind.Forum,
                Day = new DateOnly(2026, 11, 2),
                Starts = new TimeOnly(10, 15),
                Ends = new TimeOnly(11, 0),
                TitleEn = "Forum",
            });
            await db.SaveChangesAsync();
            sessionId = ev.Sessions.Single().Id;
        }
        var publicEvent = await Json(await app.Anonymous().GetAsync($"/api/v1/events/{slug}"));
        publicEvent.GetProperty("sessions")[0].GetProperty("id").GetInt32().ShouldBe(sessionId);

        var member = await MemberOfAsync(SeoulOrganizations[5]);
        var speaker = await Json(await member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = "Forum speaker",
            languages = new[] { "ko" },
            speaksAt = new[] { sessionId },
        }), HttpStatusCode.Created);
        var listener = await RegisterAsync(slug, ChongqingOrganizations[5], "ko");
        var id = await RequestAsync(slug, new Delegate(speaker.GetProperty("id").GetInt32(), member, SeoulOrganizations[5]), listener);
        await Json(await listener.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));

        var errors = new List<string>();
        var organizer = await OrganizerAsync();
        var instance = ScheduleJson.ParseInstance(await organizer.GetStringAsync($"/api/v1/events/{slug}/schedule/instance.json"), "instance", errors)!;
        var participant = instance.Participants!.Single(p => p.Id == $"d{speaker.GetProperty("id").GetInt32()}");
        // 10:15-11:00 overlaps the 10:00 and 10:30 slots.
        participant.Unavailable!.Order().ShouldBe(["20261102T1000", "20261102T1030"]);

        var unknown = await member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = "Wrong session",
            email = $"wrong-{slug}@example.com",
            languages = new[] { "ko" },
            speaksAt = new[] { 999_999 },
        });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Mutual_requests_are_accepted_at_once_and_weigh_one_more()
    {
        var slug = await NewEventAsync("mutual");
        var a = await RegisterAsync(slug, SeoulOrganizations[1], "ko");
        var b = await RegisterAsync(slug, ChongqingOrganizations[1], "zh");
        await RequestAsync(slug, a, b, priority: 2);
        await RequestAsync(slug, b, a, priority: 1);
        var requests = await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/requests"));
        requests.GetProperty("outgoing")[0].GetProperty("status").GetString().ShouldBe("accepted");
        requests.GetProperty("outgoing")[0].GetProperty("mutual").GetBoolean().ShouldBeTrue();
        requests.GetProperty("incoming")[0].GetProperty("status").GetString().ShouldBe("accepted");

        var organizer = await OrganizerAsync();
        var errors = new List<string>();
        var instance = ScheduleJson.ParseInstance(await organizer.GetStringAsync($"/api/v1/events/{slug}/schedule/instance.json"), "instance", errors)!;
        instance.Meetings!.Count.ShouldBe(1);
        instance.Meetings[0].Weight.ShouldBe(3); // priority 2, plus one for mutual interest
    }

    [Fact]
    public async Task Anonymous_writes_answer_401_and_change_nothing()
    {
        var slug = await NewEventAsync("anonymous");
        var a = await RegisterAsync(slug, SeoulOrganizations[2], "ko");
        var b = await RegisterAsync(slug, ChongqingOrganizations[2], "zh");
        var id = await RequestAsync(slug, a, b);
        var anonymous = app.Anonymous();
        var writes = new (string Path, object? Body)[]
        {
            ($"/api/v1/events/{slug}/delegates", new { displayName = "Intruder", email = "intruder@example.com", languages = new[] { "en" }, organizationExternalId = "cq-xiaowan" }),
            ($"/api/v1/events/{slug}/requests", new { fromDelegateId = b.Id, toDelegateId = a.Id, priority = 3 }),
            ($"/api/v1/events/{slug}/requests/{id}/accept", null),
            ($"/api/v1/events/{slug}/requests/{id}/cancel", null),
            ($"/api/v1/events/{slug}/scheduling-runs", new { timeLimitSeconds = 1 }),
            ($"/api/v1/events/{slug}/scheduling-runs/1/publish", null),
            ($"/api/v1/events/{slug}/partnering/setup", new { locations = new[] { new { code = "T9", kind = "table" } } }),
        };
        foreach (var (path, body) in writes)
        {
            var response = await anonymous.PostAsJsonAsync(path, body);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
        }
        (await anonymous.GetAsync($"/api/v1/events/{slug}/delegates")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/agenda.ics")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var eventId = await db.Events.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync();
        (await db.Delegates.CountAsync(d => d.EventId == eventId)).ShouldBe(2);
        (await db.MeetingRequests.Where(r => r.EventId == eventId).Select(r => r.Status.ToString()).ToListAsync()).ShouldBe(["Pending"]);
        (await db.SchedulingRuns.CountAsync(r => r.EventId == eventId)).ShouldBe(0);
        (await db.EventLocations.CountAsync(l => l.EventId == eventId)).ShouldBe(3);
    }

    [Fact]
    public async Task A_member_cannot_act_for_another_organizations_delegate_nor_organize()
    {
        var slug = await NewEventAsync("foreign");
        var a = await RegisterAsync(slug, SeoulOrganizations[3], "ko");
        var b = await RegisterAsync(slug, ChongqingOrganizations[3], "zh");
        var c = await RegisterAsync(slug, ChongqingOrganizations[4], "zh");
        var id = await RequestAsync(slug, a, b);

        // a's member speaking for b: requesting, reading b's requests and agenda (not found in a's scope), accepting for b.
        (await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/requests", new { fromDelegateId = b.Id, toDelegateId = c.Id, priority = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/requests")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/agenda.ics")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await c.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = "Someone else's",
            email = $"other-{slug}@example.com",
            languages = new[] { "zh" },
            organizationExternalId = b.Organization,
        })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Organizing is for operators.
        (await a.Member.PostAsJsonAsync($"/api/v1/events/{slug}/scheduling-runs", new { timeLimitSeconds = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await a.Member.GetAsync($"/api/v1/events/{slug}/demand")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var requests = await Json(await b.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/requests"));
        requests.GetProperty("incoming")[0].GetProperty("status").GetString().ShouldBe("pending");
        requests.GetProperty("outgoing").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_scheduling_run_places_accepted_requests_in_a_feasible_schedule_with_interpreters()
    {
        var slug = await NewEventAsync("run");
        var seoul = await Task.WhenAll(SeoulOrganizations.Take(4).Select(o => RegisterAsync(slug, o, "ko")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Take(4).Select(o => RegisterAsync(slug, o, "zh")));
        foreach (var s in seoul)
            foreach (var c in chongqing.Take(3))
            {
                var id = await RequestAsync(slug, s, c);
                (await c.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        var organizer = await OrganizerAsync();
        var run = await RunToEndAsync(organizer, slug);
        var figures = run.GetProperty("run");
        figures.GetProperty("totalMeetings").GetInt32().ShouldBe(12);
        // Every meeting needs the one ko-zh interpreter (at most 6 meetings): the rest are unmet, with a reason.
        figures.GetProperty("scheduledMeetings").GetInt32().ShouldBe(6);
        figures.GetProperty("upperBound").GetDouble().ShouldBeGreaterThanOrEqualTo(figures.GetProperty("scheduledWeight").GetDouble());
        run.GetProperty("proposed").GetArrayLength().ShouldBe(6);
        run.GetProperty("unmet").GetArrayLength().ShouldBe(6);
        run.GetProperty("unmet")[0].GetProperty("reason").GetString().ShouldNotBeNullOrEmpty();

        var (_, result, report) = await CheckStoredScheduleAsync(organizer, slug);
        result.Assignments.Count.ShouldBe(6);
        result.Assignments.ShouldAllBe(a => a.Interpreter != null);
        report.Figures.ScheduledMeetings.ShouldBe(6);
    }

    [Fact]
    public async Task Published_meetings_stay_where_they_are_in_a_later_run()
    {
        var slug = await NewEventAsync("fixed", tables: 3);
        var seoul = await Task.WhenAll(SeoulOrganizations.Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Take(3).Select(o => RegisterAsync(slug, o, "en")));
        for (var k = 0; k < 3; k++)
        {
            var id = await RequestAsync(slug, seoul[k], chongqing[k]);
            await Json(await chongqing[k].Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        }
        var organizer = await OrganizerAsync();
        var first = await RunToEndAsync(organizer, slug);
        var firstId = first.GetProperty("run").GetProperty("id").GetInt32();
        // Late requests, accepted while the organizer reviews the first run: they wait for the next run.
        for (var k = 0; k < 3; k++)
        {
            var id = await RequestAsync(slug, seoul[k], chongqing[(k + 1) % 3]);
            (await Json(await chongqing[(k + 1) % 3].Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null)))
                .GetProperty("placed").GetBoolean().ShouldBeFalse();
        }
        var published = await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{firstId}/publish", null));
        published.GetProperty("published").GetInt32().ShouldBe(3);
        (await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{firstId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var before = (await Json(await organizer.GetAsync($"/api/v1/events/{slug}/meetings?publishedOnly=true"))).EnumerateArray()
            .Select(m => (m.GetProperty("id").GetInt32(), m.GetProperty("slot").GetString(), m.GetProperty("location").GetString())).ToList();
        before.Count.ShouldBe(3);

        var (instance, _, _) = await CheckStoredScheduleAsync(organizer, slug);
        instance.Meetings!.Count(m => m.Fixed is not null).ShouldBe(3);

        var second = await RunToEndAsync(organizer, slug);
        second.GetProperty("run").GetProperty("fixedMeetings").GetInt32().ShouldBe(3);
        second.GetProperty("run").GetProperty("scheduledMeetings").GetInt32().ShouldBe(6);
        var after = (await Json(await organizer.GetAsync($"/api/v1/events/{slug}/meetings?publishedOnly=true"))).EnumerateArray()
            .Select(m => (m.GetProperty("id").GetInt32(), m.GetProperty("slot").GetString(), m.GetProperty("location").GetString())).ToList();
        after.ShouldBe(before);
        await CheckStoredScheduleAsync(organizer, slug);

        // The first run is superseded; the second publishes its three new meetings.
        (await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{firstId}/publish", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var secondId = second.GetProperty("run").GetProperty("id").GetInt32();
        (await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{secondId}/publish", null)))
            .GetProperty("published").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Parallel_acceptances_after_publication_never_double_book()
    {
        var slug = await NewEventAsync("parallel", tables: 1);
        var hub = await RegisterAsync(slug, SeoulOrganizations[0], "en");
        var others = await Task.WhenAll(ChongqingOrganizations.Select(o => RegisterAsync(slug, o, "en")));
        var pairs = await Task.WhenAll(SeoulOrganizations.Skip(1).Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var organizer = await OrganizerAsync();
        // An empty published schedule: from now on, acceptances place meetings at once.
        var empty = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{empty.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));

        var accepts = new List<(Delegate Receiver, int Request)>();
        foreach (var other in others)
            accepts.Add((other, await RequestAsync(slug, hub, other)));
        for (var k = 0; k < pairs.Length; k++)
            accepts.Add((pairs[k], await RequestAsync(slug, others[k], pairs[k])));
        var answers = await Task.WhenAll(accepts.Select(async a =>
            await Json(await a.Receiver.Member.PostAsync($"/api/v1/events/{slug}/requests/{a.Request}/accept", null))));
        answers.ShouldAllBe(a => a.GetProperty("status").GetString() == "accepted");

        // One table and six slots: at most six meetings fit, each in its own slot; the others wait for the next run.
        var placed = answers.Count(a => a.GetProperty("placed").GetBoolean());
        placed.ShouldBe(6);
        var (_, result, report) = await CheckStoredScheduleAsync(organizer, slug);
        result.Assignments.Count.ShouldBe(6);
        result.Assignments.Select(a => a.Slot).Distinct().Count().ShouldBe(6);
        report.Feasible.ShouldBeTrue();
    }

    [Fact]
    public async Task Parallel_acceptances_after_publication_never_overbook_an_interpreter()
    {
        // Twelve Korean-Chinese pairs, six delegates on each side, all needing the one interpreter, who takes three
        // meetings at most: a count no unique index guards, only the placement under the event's lock.
        var slug = await NewEventAsync("interpreted", tables: 2, interpreterMeetings: 3);
        var seoul = await Task.WhenAll(SeoulOrganizations.Take(6).Select(o => RegisterAsync(slug, o, "ko")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Take(6).Select(o => RegisterAsync(slug, o, "zh")));
        var organizer = await OrganizerAsync();
        var empty = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{empty.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));
        var accepts = new List<(Delegate Receiver, int Request)>();
        for (var k = 0; k < 6; k++)
        {
            accepts.Add((chongqing[k], await RequestAsync(slug, seoul[k], chongqing[k])));
            accepts.Add((chongqing[(k + 1) % 6], await RequestAsync(slug, seoul[k], chongqing[(k + 1) % 6])));
        }

        var answers = await Task.WhenAll(accepts.Select(async a =>
            await Json(await a.Receiver.Member.PostAsync($"/api/v1/events/{slug}/requests/{a.Request}/accept", null))));

        answers.ShouldAllBe(a => a.GetProperty("status").GetString() == "accepted");
        answers.Count(a => a.GetProperty("placed").GetBoolean()).ShouldBe(3);
        answers.Where(a => !a.GetProperty("placed").GetBoolean()).ShouldAllBe(a => a.GetProperty("unplaced").GetString() == PlacementBoard.NoFreeLocation);
        var (_, result, _) = await CheckStoredScheduleAsync(organizer, slug);
        result.Assignments.Count.ShouldBe(3);
        result.Assignments.ShouldAllBe(a => a.Interpreter != null);
    }

    [Fact]
    public async Task Manual_moves_follow_the_scheduling_rules_and_parallel_moves_never_double_book()
    {
        var slug = await NewEventAsync("move", tables: 2);
        var seoul = await Task.WhenAll(SeoulOrganizations.Skip(4).Take(3).Select(o => RegisterAsync(slug, o, "en")));
        var chongqing = await Task.WhenAll(ChongqingOrganizations.Skip(4).Take(3).Select(o => RegisterAsync(slug, o, "en")));
        for (var k = 0; k < 3; k++)
        {
            var id = await RequestAsync(slug, seoul[k], chongqing[k]);
            await Json(await chongqing[k].Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        }
        var organizer = await OrganizerAsync();
        var run = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{run.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));
        var meetings = (await Json(await organizer.GetAsync($"/api/v1/events/{slug}/meetings"))).EnumerateArray()
            .Select(m => (Id: m.GetProperty("id").GetInt32(), Slot: m.GetProperty("slot").GetString()!, Location: m.GetProperty("location").GetString()!))
            .ToList();
        meetings.Count.ShouldBe(3);
        var slots = (await Json(await app.Anonymous().GetAsync($"/api/v1/events/{slug}/slots"))).EnumerateArray()
            .Select(s => s.GetProperty("code").GetString()!).ToList();

        // Onto another meeting's table at its time: refused, with the reason.
        var taken = await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{meetings[0].Id}/move",
            new { slot = meetings[1].Slot, location = meetings[1].Location });
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // An onsite meeting never goes to a virtual room; a member never moves meetings.
        (await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{meetings[0].Id}/move", new { slot = slots[5], location = "online" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await seoul[0].Member.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{meetings[0].Id}/move", new { slot = slots[5], location = "T1" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Two organizers move two meetings to the same free table and time at once: one wins.
        var free = slots.First(s => meetings.All(m => m.Slot != s));
        var moves = await Task.WhenAll(meetings.Take(2).Select(m =>
            organizer.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{m.Id}/move", new { slot = free, location = "T2" })));
        moves.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.NoContent, HttpStatusCode.Conflict]);
        var (instance, result, _) = await CheckStoredScheduleAsync(organizer, slug);
        result.Assignments.Count(a => a.Slot == free && a.Location == "T2").ShouldBe(1);
        // The moved meeting is pinned: the next run keeps it where the organizer put it.
        instance.Meetings!.Count(m => m.Fixed is not null).ShouldBe(3);

        // On the day: check-in at the desk, and the participants mark the meeting held.
        (await organizer.PostAsync($"/api/v1/events/{slug}/delegates/{seoul[0].Id}/check-in", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await organizer.PostAsync($"/api/v1/events/{slug}/delegates/{seoul[0].Id}/check-in", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var own = meetings.Single(m => m.Id == meetings[2].Id).Id;
        (await chongqing[2].Member.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{own}/status", new { status = "held" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await chongqing[0].Member.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{own}/status", new { status = "no-show" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var agenda = await Json(await seoul[2].Member.GetAsync($"/api/v1/events/{slug}/delegates/{seoul[2].Id}/agenda"));
        agenda.GetProperty("meetings")[0].GetProperty("status").GetString().ShouldBe("held");
    }

    [Fact]
    public async Task The_agenda_calendar_of_a_demo_delegate_parses_and_lists_their_published_meetings()
    {
        var delegateClient = await ClientAsync("demo delegate", () => app.SignedInAsync("delegate@dewlight.example"));
        var mine = await Json(await delegateClient.GetAsync("/api/v1/events/slw-2026/delegates?mine=true"));
        mine.GetArrayLength().ShouldBe(1);
        var id = mine[0].GetProperty("id").GetInt32();
        var agenda = await Json(await delegateClient.GetAsync($"/api/v1/events/slw-2026/delegates/{id}/agenda"));
        var meetings = agenda.GetProperty("meetings");
        meetings.GetArrayLength().ShouldBeGreaterThan(0);

        var response = await delegateClient.GetAsync($"/api/v1/events/slw-2026/delegates/{id}/agenda.ics?lang=ko");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Calendar.Load(text)!;
        calendar.Events.Count.ShouldBe(meetings.GetArrayLength());
        var first = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).First();
        var firstMeeting = meetings[0];
        // Seoul is UTC+9: the event's local time and the calendar's instant are the same moment.
        first.DtStart!.AsUtc.ShouldBe(firstMeeting.GetProperty("startsAt").GetDateTimeOffset().UtcDateTime);
        first.Summary!.ShouldContain(firstMeeting.GetProperty("partner").GetProperty("displayName").GetString()!);
        first.Location!.ShouldContain(firstMeeting.GetProperty("location").GetString()!);

        // Calendar apps subscribe with the secret token instead of a session.
        var token = agenda.GetProperty("calendarToken").GetString();
        (await app.Anonymous().GetAsync($"/api/v1/events/slw-2026/delegates/{id}/agenda.ics?token={token}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Anonymous().GetAsync($"/api/v1/events/slw-2026/delegates/{id}/agenda.ics?token=wrong")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_demo_event_has_delegates_of_both_clusters_requests_and_a_published_feasible_schedule()
    {
        var organizer = await OrganizerAsync();
        var delegates = await Json(await organizer.GetAsync("/api/v1/events/slw-2026/delegates"));
        delegates.GetArrayLength().ShouldBeGreaterThanOrEqualTo(12);
        delegates.EnumerateArray().Select(d => d.GetProperty("cluster").GetString()).Distinct().Order().ShouldBe(["liangjiang", "seoul-bio-hub"]);
        var runs = await Json(await organizer.GetAsync("/api/v1/events/slw-2026/scheduling-runs"));
        runs.EnumerateArray().ShouldContain(r => r.GetProperty("isPublished").GetBoolean());
        var demand = await Json(await organizer.GetAsync("/api/v1/events/slw-2026/demand"));
        demand.EnumerateArray().Sum(d => d.GetProperty("sent").GetInt32()).ShouldBeGreaterThanOrEqualTo(15);
        var (_, result, _) = await CheckStoredScheduleAsync(organizer, "slw-2026");
        result.Assignments.Count.ShouldBeGreaterThanOrEqualTo(10);
    }
}
