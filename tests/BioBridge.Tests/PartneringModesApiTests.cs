using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Scheduling;

namespace BioBridge.Tests;

/// <summary>Scheduling modes and caps through the API: self-scheduling, hosted-buyer preferences, caps per session and type.</summary>
public abstract partial class PartneringApiTests<TApp>
{
    static readonly string[] AllOrganizations = [.. SeoulOrganizations, .. ChongqingOrganizations];

    async Task ConfigureAsync(string slug, object settings) =>
        await Json(await (await OrganizerAsync()).PutAsJsonAsync($"/api/v1/events/{slug}/partnering/scheduling", settings));

    /// <summary>The organizer registers a delegate for any organization (one e-mail per delegate, so several per organization).</summary>
    async Task<int> RegisterByOrganizerAsync(string slug, string organization, string name, int maxMeetings = 6, string[]? unavailable = null,
        string? participantType = null)
    {
        var created = await Json(await (await OrganizerAsync()).PostAsJsonAsync($"/api/v1/events/{slug}/delegates", new
        {
            displayName = name,
            email = $"{Guid.NewGuid():N}@modes.example",
            organizationExternalId = organization,
            languages = new[] { "en" },
            maxMeetings,
            unavailableSlots = unavailable ?? [],
            participantType,
        }), HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    static async Task<string[]> FreeSlotCodesAsync(HttpClient client, string slug, int request) =>
        (await Json(await client.GetAsync($"/api/v1/events/{slug}/requests/{request}/free-slots")))
            .GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("slot").GetString()!).ToArray();

    static Task<HttpResponseMessage> PickAsync(HttpClient client, string slug, int request, string slot) =>
        client.PostAsJsonAsync($"/api/v1/events/{slug}/requests/{request}/pick-slot", new { slot });

    [Fact]
    public async Task Self_scheduling_offers_only_slots_free_for_both_and_publishes_the_picked_one()
    {
        var slug = await NewEventAsync("self", tables: 1);
        await ConfigureAsync(slug, new { mode = "self-scheduling" });
        var a = await RegisterAsync(slug, SeoulOrganizations[0], "en");
        var b = await RegisterAsync(slug, ChongqingOrganizations[0], "en");
        var c = await RegisterAsync(slug, SeoulOrganizations[1], "en");
        var d = await RegisterAsync(slug, SeoulOrganizations[2], "en");
        var e = await RegisterAsync(slug, ChongqingOrganizations[2], "en");
        await Json(await a.Member.PutAsJsonAsync($"/api/v1/events/{slug}/delegates/{a.Id}", new
        {
            displayName = "Self A", languages = new[] { "en" }, maxMeetings = 6, unavailableSlots = new[] { "20261102T0900" },
        }));

        // b takes c at 09:30: from then on b is busy then, and the only table is taken then.
        var cb = await RequestAsync(slug, c, b);
        (await FreeSlotCodesAsync(b.Member, slug, cb)).Length.ShouldBe(6);
        var picked = await Json(await PickAsync(b.Member, slug, cb, "20261102T0930"));
        picked.GetProperty("placed").GetBoolean().ShouldBeTrue();

        var ab = await RequestAsync(slug, a, b);
        (await FreeSlotCodesAsync(b.Member, slug, ab)).ShouldBe(["20261102T1000", "20261102T1030", "20261102T1100", "20261102T1130"]);
        // The sender's side does not pick.
        (await a.Member.GetAsync($"/api/v1/events/{slug}/requests/{ab}/free-slots")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var taken = await PickAsync(b.Member, slug, ab, "20261102T0930");
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("already has a meeting at 2026-11-02 09:30");
        var away = await PickAsync(b.Member, slug, ab, "20261102T0900");
        (await away.Content.ReadAsStringAsync()).ShouldContain("is not available at 2026-11-02 09:00");
        var unknown = await PickAsync(b.Member, slug, ab, "20261102T1300");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("slot");
        // A refused pick leaves the request unanswered.
        (await Json(await b.Member.GetAsync($"/api/v1/events/{slug}/delegates/{b.Id}/requests"))).GetProperty("incoming")
            .EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == ab).GetProperty("status").GetString().ShouldBe("pending");
        await Json(await PickAsync(b.Member, slug, ab, "20261102T1000"));

        // Another pair finds the one table taken at 09:30 and 10:00.
        var de = await RequestAsync(slug, d, e);
        (await FreeSlotCodesAsync(e.Member, slug, de)).ShouldBe(["20261102T0900", "20261102T1030", "20261102T1100", "20261102T1130"]);
        (await (await PickAsync(e.Member, slug, de, "20261102T1000")).Content.ReadAsStringAsync()).ShouldContain("taken at 2026-11-02 10:00");

        var agenda = await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/agenda"));
        var meeting = agenda.GetProperty("meetings").EnumerateArray().Single();
        meeting.GetProperty("start").GetString().ShouldBe("10:00:00");
        meeting.GetProperty("location").GetString().ShouldBe("T1");
        var (_, result, _) = await CheckStoredScheduleAsync(await OrganizerAsync(), slug);
        result.Assignments.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Self_scheduling_refuses_a_pick_above_the_session_cap_and_moves_keep_the_caps()
    {
        var slug = await NewEventAsync("selfcap", tables: 3);
        await ConfigureAsync(slug, new { mode = "self-scheduling", capSession = "half-day", maxMeetingsPerSession = 1 });
        var hub = await RegisterAsync(slug, ChongqingOrganizations[3], "en");
        var first = await RegisterAsync(slug, SeoulOrganizations[3], "en");
        var second = await RegisterAsync(slug, SeoulOrganizations[4], "en");
        await Json(await PickAsync(hub.Member, slug, await RequestAsync(slug, first, hub), "20261102T0900"));

        // Every slot of the event is in the morning session, where the hub already has its one meeting.
        var late = await RequestAsync(slug, second, hub);
        (await FreeSlotCodesAsync(hub.Member, slug, late)).ShouldBeEmpty();
        var refused = await PickAsync(hub.Member, slug, late, "20261102T1100");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("meetings in the 2026-11-02-am session");

        // With the cap lifted, a per-type cap stops the hub (a buyer) at one meeting, and an organizer's move obeys the caps too.
        await ConfigureAsync(slug, new { mode = "self-scheduling", maxMeetingsPerType = new Dictionary<string, int> { ["buyer"] = 1 } });
        var settings = await Json(await hub.Member.GetAsync($"/api/v1/events/{slug}/partnering/scheduling"));
        settings.GetProperty("maxMeetingsPerType").GetProperty("buyer").GetInt32().ShouldBe(1);
        await Json(await hub.Member.PutAsJsonAsync($"/api/v1/events/{slug}/delegates/{hub.Id}", new
        {
            displayName = "Hub buyer", languages = new[] { "en" }, maxMeetings = 6, participantType = "buyer",
        }));
        (await (await PickAsync(hub.Member, slug, late, "20261102T1100")).Content.ReadAsStringAsync()).ShouldContain("already has 1 meetings, their maximum");
        await ConfigureAsync(slug, new { mode = "self-scheduling", maxMeetingsPerSession = 2 });
        await Json(await PickAsync(hub.Member, slug, late, "20261102T1100"));

        await ConfigureAsync(slug, new { mode = "self-scheduling", maxMeetingsPerSession = 1 });
        var organizer = await OrganizerAsync();
        var meetings = await Json(await organizer.GetAsync($"/api/v1/events/{slug}/meetings"));
        var moved = meetings.EnumerateArray().First().GetProperty("id").GetInt32();
        // Moving one of the hub's two stored meetings keeps it in the session, which now allows one: refused, naming the cap.
        var move = await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/meetings/{moved}/move", new { slot = "20261102T1130", location = "T3" });
        move.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await move.Content.ReadAsStringAsync()).ShouldContain("the most the event allows per session");

        var invalid = await organizer.PutAsJsonAsync($"/api/v1/events/{slug}/partnering/scheduling", new
        {
            mode = "lottery", capSession = "week", maxMeetingsPerSession = 0, maxMeetingsPerType = new Dictionary<string, int> { ["vip"] = 3 },
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await invalid.Content.ReadAsStringAsync();
        foreach (var field in new[] { "mode", "capSession", "maxMeetingsPerSession", "maxMeetingsPerType.vip" })
            problem.ShouldContain($"\"{field}\"");
        (await hub.Member.PutAsJsonAsync($"/api/v1/events/{slug}/partnering/scheduling", new { mode = "automatic" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Parallel_picks_of_one_slot_never_double_book()
    {
        var slug = await NewEventAsync("selfrace", tables: 4);
        await ConfigureAsync(slug, new { mode = "self-scheduling" });
        var hub = await RegisterAsync(slug, ChongqingOrganizations[5], "en");
        var senders = await Task.WhenAll(SeoulOrganizations.Take(4).Select(o => RegisterAsync(slug, o, "en")));
        var requests = new List<int>();
        foreach (var sender in senders)
            requests.Add(await RequestAsync(slug, sender, hub));
        var picks = await Task.WhenAll(requests.Select(r => PickAsync(hub.Member, slug, r, "20261102T1000")));
        picks.Count(p => p.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        picks.Count(p => p.StatusCode == HttpStatusCode.Conflict).ShouldBe(3);
        var (_, result, _) = await CheckStoredScheduleAsync(await OrganizerAsync(), slug);
        result.Assignments.ShouldHaveSingleItem().Slot.ShouldBe("20261102T1000");
    }

    [Fact]
    public async Task Preferences_are_checked_and_only_taken_in_a_hosted_buyer_event()
    {
        var slug = await NewEventAsync("prefs");
        var a = await RegisterAsync(slug, SeoulOrganizations[5], "en");
        var b = await RegisterAsync(slug, ChongqingOrganizations[5], "en");
        var mark = (Delegate from, int to, string? level) =>
            from.Member.PutAsJsonAsync($"/api/v1/events/{slug}/delegates/{from.Id}/preferences/{to}", new { level });
        (await mark(a, b.Id, "must-meet")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await OrganizerAsync()).PostAsJsonAsync($"/api/v1/events/{slug}/preferences/generate", new { timeLimitSeconds = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await ConfigureAsync(slug, new { mode = "hosted-buyer" });
        var bad = await mark(a, b.Id, "maybe");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("\"level\"");
        (await mark(b, a.Id, "meet")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await a.Member.PutAsJsonAsync($"/api/v1/events/{slug}/delegates/{b.Id}/preferences/{a.Id}", new { level = "no-thanks" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await mark(a, b.Id, "must-meet")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var mine = await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/preferences"));
        mine.EnumerateArray().Single(p => p.GetProperty("delegate").GetProperty("id").GetInt32() == b.Id).GetProperty("level").GetString().ShouldBe("must-meet");
        (await mark(a, b.Id, null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await a.Member.GetAsync($"/api/v1/events/{slug}/delegates/{a.Id}/preferences")))
            .EnumerateArray().Single(p => p.GetProperty("delegate").GetProperty("id").GetInt32() == b.Id).GetProperty("level").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>
    /// Random hosted-buyer events: the generated schedule never pairs a "no thanks", and schedules as many must-meets
    /// as can be held together at all (the optimum of an instance with the must-meets alone, found by CP-SAT).
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Hosted_buyer_generation_never_pairs_no_thanks_and_schedules_every_feasible_must_meet(int seed)
    {
        var rng = new Random(seed);
        var slug = await NewEventAsync($"hosted{seed}", tables: 2);
        await ConfigureAsync(slug, new { mode = "hosted-buyer", capSession = "half-day", maxMeetingsPerSession = 3 });
        var ids = new List<int>();
        foreach (var (organization, k) in AllOrganizations.Take(10).Select((o, k) => (o, k)))
        {
            var unavailable = Enumerable.Range(0, 6).Where(_ => rng.NextDouble() < 0.25).Select(s => $"20261102T{9 + s / 2:00}{(s % 2) * 30:00}").ToArray();
            ids.Add(await RegisterByOrganizerAsync(slug, organization, $"Hosted {k}", rng.Next(2, 5), unavailable));
        }
        var organizer = await OrganizerAsync();
        var levels = new Dictionary<(int From, int To), string>();
        foreach (var from in ids)
            foreach (var to in ids.Where(t => t != from))
            {
                var roll = rng.NextDouble();
                var level = roll < 0.12 ? "must-meet" : roll < 0.35 ? "meet" : roll < 0.5 ? "no-thanks" : null;
                if (level is null)
                    continue;
                levels[(from, to)] = level;
                (await organizer.PutAsJsonAsync($"/api/v1/events/{slug}/delegates/{from}/preferences/{to}", new { level }))
                    .StatusCode.ShouldBe(HttpStatusCode.NoContent);
            }

        var generated = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/preferences/generate", new { timeLimitSeconds = 2 }),
            HttpStatusCode.Accepted);
        await WaitForRunAsync(organizer, slug, generated.GetProperty("runId").GetInt32());
        var (instance, result, _) = await CheckStoredScheduleAsync(organizer, slug);

        string Level(int from, int to) => levels.GetValueOrDefault((from, to)) ?? "";
        bool NoThanks(int x, int y) => Level(x, y) == "no-thanks" || Level(y, x) == "no-thanks";
        bool Must(int x, int y) => !NoThanks(x, y) && (Level(x, y) == "must-meet" || Level(y, x) == "must-meet");
        int Id(string participant) => int.Parse(participant[1..]);
        var pairOf = instance.Meetings!.ToDictionary(m => m.Id!, m => (Id(m.Participants![0]), Id(m.Participants[1])));
        generated.GetProperty("noThanksPairs").GetInt32().ShouldBe(
            levels.Keys.Select(k => (Math.Min(k.From, k.To), Math.Max(k.From, k.To))).Distinct().Count(p => NoThanks(p.Item1, p.Item2)));
        pairOf.Values.Where(p => NoThanks(p.Item1, p.Item2)).ShouldBeEmpty();
        var scheduled = result.Assignments.Select(a => pairOf[a.Meeting!]).ToList();
        scheduled.Where(p => NoThanks(p.Item1, p.Item2)).ShouldBeEmpty();

        // The must-meets alone, each of weight 1: CP-SAT's optimum is the most that can be held together.
        var mustOnly = ScheduleJson.ParseInstance(ScheduleJson.Serialize(instance), "instance", [])!;
        mustOnly.Meetings = mustOnly.Meetings!.Where(m => Must(pairOf[m.Id!].Item1, pairOf[m.Id!].Item2)).ToList();
        mustOnly.Meetings.ForEach(m => m.Weight = 1);
        mustOnly.Meetings.ShouldNotBeEmpty();
        var errors = new List<string>();
        // Off the test's thread: the app under test shares this process's thread pool.
        var best = (await Task.Run(() => ScheduleSolver.Solve(mustOnly, new SolveOptions { Solver = "cpsat", TimeLimitSeconds = 3 }, errors)))!;
        errors.ShouldBeEmpty();
        best.SolverUsed.ShouldBe("cpsat (optimal)");
        scheduled.Count(p => Must(p.Item1, p.Item2)).ShouldBe(best.Check.Figures.ScheduledMeetings);
    }
}
