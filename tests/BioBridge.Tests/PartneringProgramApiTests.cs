using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The programme around the meetings and the day itself, through the API on each provider: sessions with speakers,
/// exhibitors, delegations with itineraries, editing a registration, and the follow-up after each meeting.
/// </summary>
public abstract partial class PartneringApiTests<TApp>
{
    /// <summary>Two delegates of the two clusters with one published meeting between them.</summary>
    async Task<(string Slug, Delegate Seoul, Delegate Chongqing, JsonElement Meeting)> PublishedMeetingAsync(string name, int organization)
    {
        var slug = await NewEventAsync(name);
        var seoul = await RegisterAsync(slug, SeoulOrganizations[organization], "en");
        var chongqing = await RegisterAsync(slug, ChongqingOrganizations[organization], "en");
        var id = await RequestAsync(slug, seoul, chongqing);
        await Json(await chongqing.Member.PostAsync($"/api/v1/events/{slug}/requests/{id}/accept", null));
        var organizer = await OrganizerAsync();
        var run = await RunToEndAsync(organizer, slug);
        await Json(await organizer.PostAsync($"/api/v1/events/{slug}/scheduling-runs/{run.GetProperty("run").GetProperty("id").GetInt32()}/publish", null));
        var agenda = await Json(await seoul.Member.GetAsync($"/api/v1/events/{slug}/delegates/{seoul.Id}/agenda"));
        return (slug, seoul, chongqing, agenda.GetProperty("meetings")[0]);
    }

    static string[] ErrorFields(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();

    [Fact]
    public async Task Each_side_sends_one_editable_follow_up_and_organizers_see_the_counts()
    {
        var (slug, seoul, chongqing, meeting) = await PublishedMeetingAsync("followup", 3);
        var meetingId = meeting.GetProperty("meetingId").GetInt32();
        var url = $"/api/v1/events/{slug}/meetings/{meetingId}/follow-ups";

        // The other side cannot answer for this side.
        (await chongqing.Member.PutAsJsonAsync($"{url}/{seoul.Id}", new { happened = true })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var wrongType = await Json(await seoul.Member.PutAsJsonAsync($"{url}/{seoul.Id}", new { happened = true, outcomeType = "merger" }),
            HttpStatusCode.BadRequest);
        ErrorFields(wrongType).ShouldBe(["outcomeType"]);
        var noNextSteps = await Json(await seoul.Member.PutAsJsonAsync($"{url}/{seoul.Id}", new { happened = false, nextStepInterest = "yes" }),
            HttpStatusCode.BadRequest);
        ErrorFields(noNextSteps).ShouldBe(["nextStepInterest"]);

        await Json(await seoul.Member.PutAsJsonAsync($"{url}/{seoul.Id}", new { happened = true, nextStepInterest = "maybe", outcomeType = "supply" }));
        var edited = await Json(await seoul.Member.PutAsJsonAsync($"{url}/{seoul.Id}",
            new { happened = true, nextStepInterest = "yes", outcomeType = "licensing", note = "Term sheet in December." }));
        edited.GetProperty("outcomeType").GetString().ShouldBe("licensing");
        await Json(await chongqing.Member.PutAsJsonAsync($"{url}/{chongqing.Id}", new { happened = true, nextStepInterest = "maybe", outcomeType = "co-development" }));

        var agenda = await Json(await seoul.Member.GetAsync($"/api/v1/events/{slug}/delegates/{seoul.Id}/agenda"));
        var mine = agenda.GetProperty("meetings")[0];
        mine.GetProperty("status").GetString().ShouldBe("held"); // a side that says it happened marks it held
        mine.GetProperty("followUp").GetProperty("note").GetString().ShouldBe("Term sheet in December.");

        var summary = await Json(await (await OrganizerAsync()).GetAsync($"/api/v1/events/{slug}/follow-ups"));
        summary.GetProperty("publishedMeetings").GetInt32().ShouldBe(1);
        summary.GetProperty("heldMeetings").GetInt32().ShouldBe(1);
        summary.GetProperty("followUps").GetInt32().ShouldBe(2);
        summary.GetProperty("meetingsWithFollowUp").GetInt32().ShouldBe(1);
        summary.GetProperty("interest").GetProperty("yes").GetInt32().ShouldBe(1);
        summary.GetProperty("interest").GetProperty("maybe").GetInt32().ShouldBe(1);
        summary.GetProperty("outcomes").GetProperty("licensing").GetInt32().ShouldBe(1);
        summary.GetProperty("outcomes").GetProperty("co-development").GetInt32().ShouldBe(1);
        (await seoul.Member.GetAsync($"/api/v1/events/{slug}/follow-ups")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<AppDb>().MeetingFollowUps.Where(f => f.MeetingId == meetingId).ToListAsync();
        stored.Select(f => f.DelegateId).Order().ShouldBe(new[] { seoul.Id, chongqing.Id }.Order());
        stored.Single(f => f.DelegateId == seoul.Id).NextStepInterest.ShouldBe("yes");
    }

    [Fact]
    public async Task A_registration_is_edited_by_its_organization_or_an_organizer_but_not_into_a_broken_meeting()
    {
        var (slug, seoul, chongqing, meeting) = await PublishedMeetingAsync("edit", 4);
        var url = $"/api/v1/events/{slug}/delegates/{seoul.Id}";
        var edited = await Json(await seoul.Member.PutAsJsonAsync(url, new
        {
            displayName = "Edited Seoul",
            jobTitle = "Head of licensing",
            languages = new[] { "en", "ko" },
            unavailableSlots = new[] { "20261102T1130" },
            maxMeetings = 4,
        }));
        edited.GetProperty("jobTitle").GetString().ShouldBe("Head of licensing");
        edited.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "ko"]);
        (await chongqing.Member.PutAsJsonAsync(url, new { displayName = "Not mine", languages = new[] { "zh" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var bad = await Json(await seoul.Member.PutAsJsonAsync(url, new { displayName = "", languages = new[] { "fr" }, unavailableSlots = new[] { "x" } }),
            HttpStatusCode.BadRequest);
        ErrorFields(bad).Order().ShouldBe(["displayName", "languages", "unavailableSlots"]);

        // Busy at the published meeting's slot, or no shared language without an interpreter: refused, nothing changes.
        var slot = $"{DateOnly.Parse(meeting.GetProperty("day").GetString()!):yyyyMMdd}T{TimeOnly.Parse(meeting.GetProperty("start").GetString()!):HHmm}";
        var busy = await Json(await seoul.Member.PutAsJsonAsync(url, new { displayName = "Edited Seoul", languages = new[] { "en" }, unavailableSlots = new[] { slot } }),
            HttpStatusCode.BadRequest);
        ErrorFields(busy).ShouldBe(["unavailableSlots"]);
        var noLanguage = await Json(await seoul.Member.PutAsJsonAsync(url, new { displayName = "Edited Seoul", languages = new[] { "ko" } }),
            HttpStatusCode.BadRequest);
        ErrorFields(noLanguage).ShouldBe(["languages"]);

        var organizer = await OrganizerAsync();
        await Json(await organizer.PutAsJsonAsync(url, new { displayName = "Edited by the desk", languages = new[] { "en" }, maxMeetings = 5 }));
        var delegates = await Json(await organizer.GetAsync($"/api/v1/events/{slug}/delegates"));
        var after = delegates.EnumerateArray().Single(d => d.GetProperty("id").GetInt32() == seoul.Id);
        after.GetProperty("displayName").GetString().ShouldBe("Edited by the desk");
        after.GetProperty("maxMeetings").GetInt32().ShouldBe(5);
        await CheckStoredScheduleAsync(organizer, slug);
    }

    [Fact]
    public async Task Sessions_with_speakers_exhibitors_and_delegations_form_the_program_and_block_meeting_slots()
    {
        var slug = await NewEventAsync("program");
        var speaker = await RegisterAsync(slug, SeoulOrganizations[6], "ko", "Forum speaker");
        var traveller = await RegisterAsync(slug, ChongqingOrganizations[6], "zh", "Delegation member");
        var organizer = await OrganizerAsync();

        var added = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/program", new
        {
            sessions = new[]
            {
                new { kind = "forum", titleKo = "바이오 포럼", titleZh = "生物论坛", titleEn = "Bio forum", day = "2026-11-02", starts = "10:15", ends = "11:00",
                    room = "Hall A", speakers = new[] { speaker.Id } },
            },
            exhibitors = new[] { new { organizationExternalId = SeoulOrganizations[6], booth = "C-112", hall = "Hall C" } },
        }));
        added.GetProperty("sessionsAdded").GetInt32().ShouldBe(1);
        added.GetProperty("exhibitorsAdded").GetInt32().ShouldBe(1);
        var invalid = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/program", new
        {
            sessions = new[] { new { kind = "party", titleEn = "x", day = "2026-11-02", starts = "10:00", ends = "11:00" } },
            exhibitors = new[] { new { organizationExternalId = "no-such-org", booth = "A1" } },
        }), HttpStatusCode.BadRequest);
        ErrorFields(invalid).Order().ShouldBe(["exhibitors[0]", "sessions[0]"]);
        (await speaker.Member.PostAsJsonAsync($"/api/v1/events/{slug}/program", new { exhibitors = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var program = await Json(await app.Anonymous().GetAsync($"/api/v1/events/{slug}/program?lang=en"));
        var session = program.GetProperty("sessions")[0];
        session.GetProperty("speakers")[0].GetProperty("displayName").GetString().ShouldBe("Forum speaker");
        var sessionId = session.GetProperty("session").GetProperty("id").GetInt32();
        program.GetProperty("exhibitors")[0].GetProperty("booth").GetString().ShouldBe("C-112");

        var delegation = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/delegations", new
        {
            nameEn = "Liangjiang delegation to Seoul",
            nameZh = "两江代表团",
            cluster = "liangjiang",
            members = new[] { traveller.Id },
            itinerary = new object[]
            {
                new { day = "2026-11-02", starts = "09:00", ends = "09:45", title = "Visit of the Hongneung bio cluster", place = "Hongneung",
                    organizationExternalId = SeoulOrganizations[0] },
                new { day = "2026-11-02", starts = "10:15", ends = "11:00", sessionId },
            },
        }), HttpStatusCode.Created);
        delegation.GetProperty("members")[0].GetProperty("id").GetInt32().ShouldBe(traveller.Id);
        var again = await Json(await organizer.PostAsJsonAsync($"/api/v1/events/{slug}/delegations", new
        {
            nameEn = "Second",
            members = new[] { traveller.Id },
            itinerary = new[] { new { day = "2026-11-02", starts = "12:00", ends = "11:00", title = "Backwards" } },
        }), HttpStatusCode.BadRequest);
        ErrorFields(again).Order().ShouldBe(["itinerary[0]", "members"]);

        var agenda = await Json(await traveller.Member.GetAsync($"/api/v1/events/{slug}/delegates/{traveller.Id}/agenda?lang=zh"));
        agenda.GetProperty("delegationName").GetProperty("zh").GetString().ShouldBe("两江代表团");
        var itinerary = agenda.GetProperty("itinerary");
        itinerary.GetArrayLength().ShouldBe(2);
        itinerary[1].GetProperty("title").GetString().ShouldBe("生物论坛");
        itinerary[1].GetProperty("place").GetString().ShouldBe("Hall A");
        var speakerAgenda = await Json(await speaker.Member.GetAsync($"/api/v1/events/{slug}/delegates/{speaker.Id}/agenda"));
        speakerAgenda.GetProperty("speaksAt").EnumerateArray().Select(s => s.GetInt32()).ShouldBe([sessionId]);
        var calendar = Ical.Net.Calendar.Load(await traveller.Member.GetStringAsync($"/api/v1/events/{slug}/delegates/{traveller.Id}/agenda.ics"))!;
        calendar.Events.Count.ShouldBe(2);

        // The scheduler sees the talk and the itinerary as unavailable slots of the two, once they have a meeting to place.
        var request = await RequestAsync(slug, speaker, traveller);
        await Json(await traveller.Member.PostAsync($"/api/v1/events/{slug}/requests/{request}/accept", null));
        var errors = new List<string>();
        var instance = ScheduleJson.ParseInstance(await organizer.GetStringAsync($"/api/v1/events/{slug}/schedule/instance.json"), "instance", errors)!;
        instance.Participants!.Single(p => p.Id == $"d{speaker.Id}").Unavailable!.Order().ShouldBe(["20261102T1000", "20261102T1030"]);
        instance.Participants!.Single(p => p.Id == $"d{traveller.Id}").Unavailable!.Order()
            .ShouldBe(["20261102T0900", "20261102T0930", "20261102T1000", "20261102T1030"]);
        var delegationPage = await Json(await traveller.Member.GetAsync($"/api/v1/events/{slug}/delegations/{delegation.GetProperty("id").GetInt32()}"));
        delegationPage.GetProperty("itinerary")[0].GetProperty("organizationExternalId").GetString().ShouldBe(SeoulOrganizations[0]);
    }
}
