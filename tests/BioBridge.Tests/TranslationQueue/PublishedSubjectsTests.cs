using System.Net.Http.Json;
using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests.TranslationQueue;

/// <summary>
/// Events, programme sessions, calls and their criteria through the translation queue against a LibreTranslate stub, on each
/// provider: what is queued when they are published, what the worker stores, that a person's text always wins, and
/// how long finished jobs are kept. Each test writes its own texts, so a request is never a memory hit of another.
/// </summary>
public abstract class PublishedSubjectsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : QueueApp
{
    async Task<Call> CreateCallAsync(string slug, string? titleKo, string? textKo, string? titleEn = null)
    {
        using var scope = app.Services.CreateScope();
        var created = await scope.ServiceProvider.GetRequiredService<CreateCall>().HandleAsync(new CallInput(slug, "award", titleKo, null, titleEn,
            textKo, null, null, null, null, DateTime.SpecifyKind(DateTime.UtcNow.AddMonths(3).Date, DateTimeKind.Unspecified), "Asia/Seoul", null,
            [new CriterionInput($"독창성 {slug}", null, null, 1, 1, 5)], null, null, null, null, null, null), default);
        created.Succeeded.ShouldBeTrue(created.Message);
        return created.Value;
    }

    async Task<T> ReadAsync<T>(Func<AppDb, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    Task<List<TranslationJob>> JobsAsync(string subject, int id) =>
        ReadAsync(db => db.TranslationJobs.AsNoTracking().Where(j => j.Subject == subject && j.SubjectId == id).OrderBy(j => j.Id).ToListAsync());

    Task<Call> CallAsync(int id) => ReadAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.Id == id));

    async Task EnqueueAsync(string subject, int id)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BioBridge.Shared.TranslationQueue>().EnqueueAsync(subject, id, default);
        await scope.ServiceProvider.GetRequiredService<AppDb>().SaveChangesAsync();
    }

    [Fact]
    public async Task A_call_created_in_Korean_only_gets_Chinese_and_English_machine_drafts_from_the_worker()
    {
        var call = await CreateCallAsync($"queue-call-{app.Provider}".ToLowerInvariant(), "청년 논문상 공모", "청년 연구자의 우수 논문을 공모합니다.");
        (await JobsAsync(Call.TranslationSubject, call.Id)).Select(j => (j.Field, j.TargetLanguage)).Order()
            .ShouldBe([("text", "en"), ("text", "zh"), ("title", "en"), ("title", "zh")]);

        await app.RunQueueAsync();

        var translated = await CallAsync(call.Id);
        translated.TitleZh.ShouldBe("[zh] 청년 논문상 공모");
        translated.TextEn.ShouldBe("[en] 청년 연구자의 우수 논문을 공모합니다.");
        translated.TitleVersions.Zh!.State.ShouldBe(TranslationState.Machine);
        translated.TitleVersions.Ko!.State.ShouldBe(TranslationState.Original);
        var api = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync($"/api/v1/calls/{call.Slug}"));
        api.GetProperty("titleVersions").GetProperty("zh").GetProperty("state").GetString().ShouldBe("machine");
        api.GetProperty("title").GetProperty("zh").GetString().ShouldBe("[zh] 청년 논문상 공모");
        var criterion = api.GetProperty("criteria")[0];
        criterion.GetProperty("name").GetProperty("en").GetString().ShouldBe($"[en] 독창성 {call.Slug}");
        criterion.GetProperty("nameVersions").GetProperty("en").GetProperty("state").GetString().ShouldBe("machine");
    }

    [Fact]
    public async Task A_language_the_organizer_wrote_is_never_sent_and_a_later_human_edit_wins_over_a_waiting_job()
    {
        var call = await CreateCallAsync($"queue-human-{app.Provider}".ToLowerInvariant(), "디자인 공모", "디자인 분야 공모 안내.", "Design call");
        (await JobsAsync(Call.TranslationSubject, call.Id)).ShouldNotContain(j => j.Field == "title" && j.TargetLanguage == "en");

        // The organizer writes the Chinese title while its job waits: the job finds it and stores nothing.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            (await db.Calls.SingleAsync(c => c.Id == call.Id)).TitleZh = "设计征集";
            await db.SaveChangesAsync();
        }
        await app.RunQueueAsync();

        var stored = await CallAsync(call.Id);
        stored.TitleEn.ShouldBe("Design call");
        stored.TitleZh.ShouldBe("设计征集");
        stored.TitleVersions.Zh!.State.ShouldBe(TranslationState.Original);
        stored.TextZh.ShouldBe("[zh] 디자인 분야 공모 안내.");
        var jobs = await JobsAsync(Call.TranslationSubject, call.Id);
        jobs.Single(j => j.Field == "title" && j.TargetLanguage == "zh").LastError.ShouldBe("a person wrote this language itself");
        app.Sent.ShouldNotContain("Design call");

        // Queued again (a republish): the person's languages get no job.
        await EnqueueAsync(Call.TranslationSubject, call.Id);
        (await JobsAsync(Call.TranslationSubject, call.Id)).Count.ShouldBe(jobs.Count);
    }

    [Fact]
    public async Task An_unpublished_call_or_event_is_not_public_so_nothing_of_it_is_queued()
    {
        var call = await CreateCallAsync($"queue-draft-{app.Provider}".ToLowerInvariant(), "비공개 공모 초안", "비공개 공모 본문.");
        int eventId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            (await db.Calls.SingleAsync(c => c.Id == call.Id)).IsPublished = false;
            var draft = new Event { Slug = $"queue-draft-event-{app.Provider}".ToLowerInvariant(), NameKo = "비공개 행사", TimeZone = "Asia/Seoul", IsPublished = false };
            db.Events.Add(draft);
            await db.SaveChangesAsync();
            eventId = draft.Id;
        }
        await EnqueueAsync(Event.TranslationSubject, eventId);
        (await JobsAsync(Event.TranslationSubject, eventId)).ShouldBeEmpty();

        // The call's jobs were queued while it was public: unpublished before they ran, they send nothing.
        await app.RunQueueAsync();
        (await JobsAsync(Call.TranslationSubject, call.Id)).ShouldAllBe(j => j.State == TranslationJobState.Superseded);
        app.Sent.ShouldNotContain(t => t.Contains("비공개"));
        (await CallAsync(call.Id)).TitleZh.ShouldBeNull();
    }

    [Fact]
    public async Task An_events_description_and_a_new_programme_sessions_title_are_translated()
    {
        int eventId;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            var ev = await db.Events.SingleAsync(e => e.Slug == "slw-2026");
            ev.DescriptionEn = null;
            await db.SaveChangesAsync();
            eventId = ev.Id;
        }
        await EnqueueAsync(Event.TranslationSubject, eventId);
        var organizer = await app.OperatorAsync();
        var added = await BioBridgeApp.OkJsonAsync(await organizer.PostAsJsonAsync("/api/v1/events/slw-2026/program", new
        {
            sessions = new[] { new { kind = "forum", titleKo = $"오후 세션 {app.Provider}", day = "2026-10-11", starts = "13:00", ends = "14:00" } },
        }));
        added.GetProperty("sessionsAdded").GetInt32().ShouldBe(1);

        await app.RunQueueAsync();

        var (description, session) = await ReadAsync(async db => (
            (await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId)).DescriptionVersions.En,
            await db.Events.Where(e => e.Id == eventId).SelectMany(e => e.Sessions).SingleAsync(s => s.TitleKo == $"오후 세션 {app.Provider}")));
        description!.State.ShouldBe(TranslationState.Machine);
        description.Text.ShouldStartWith("[en] ");
        session.TitleZh.ShouldBe($"[zh] 오후 세션 {app.Provider}");
        session.TitleVersions.En!.State.ShouldBe(TranslationState.Machine);
        var api = await BioBridgeApp.OkJsonAsync(await app.Anonymous().GetAsync("/api/v1/events/slw-2026"));
        api.GetProperty("descriptionVersions").GetProperty("en").GetProperty("state").GetString().ShouldBe("machine");
        var page = await app.Anonymous().GetStringAsync("/events/slw-2026?culture=zh-Hans");
        page.ShouldContain("[zh] ");
        page.ShouldContain("data-testid=\"translation-badge\"");

        // The organizer sends the same session again: it is the one they wrote, whatever the queue added since.
        var again = await BioBridgeApp.OkJsonAsync(await organizer.PostAsJsonAsync("/api/v1/events/slw-2026/program", new
        {
            sessions = new[] { new { kind = "forum", titleKo = $"오후 세션 {app.Provider}", day = "2026-10-11", starts = "13:00", ends = "14:00" } },
        }));
        again.GetProperty("sessionsAdded").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_drafted_call_whose_done_jobs_were_deleted_is_queued_again_and_answered_by_the_memory_alone()
    {
        var call = await CreateCallAsync($"queue-retained-{app.Provider}".ToLowerInvariant(), "지역 상생 공모", "지역 상생 사업을 공모합니다.");
        await app.RunQueueAsync();
        var drafted = await CallAsync(call.Id);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<AppDb>().TranslationJobs
                .Where(j => j.Subject == Call.TranslationSubject && j.SubjectId == call.Id).ExecuteDeleteAsync();

        await EnqueueAsync(Call.TranslationSubject, call.Id);
        (await JobsAsync(Call.TranslationSubject, call.Id)).Count.ShouldBe(4);
        var requests = app.Stub.Requests.Count;
        await app.RunQueueAsync();

        app.Stub.Requests.Count.ShouldBe(requests, "every text is in the memory: 0 characters");
        var again = await CallAsync(call.Id);
        (again.TitleZh, again.TextEn, again.TextStates).ShouldBe((drafted.TitleZh, drafted.TextEn, drafted.TextStates));
        (await JobsAsync(Call.TranslationSubject, call.Id)).ShouldAllBe(j => j.State == TranslationJobState.Done);
    }

    [Fact]
    public async Task Finished_jobs_older_than_the_retention_are_deleted_and_recent_and_pending_ones_kept()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var subjectId = 900_000 + (int)app.Provider;
        TranslationJob Job(TranslationJobState state, DateTime? finished) => new()
        {
            Subject = "retention", SubjectId = subjectId, Field = "text", SourceLanguage = "ko", SourceHash = "h", TargetLanguage = "en",
            Service = "libretranslate", State = state, CreatedAt = now.AddDays(-200), NextAttemptAt = now.AddDays(-200), FinishedAt = finished,
        };
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDb>();
            db.TranslationJobs.AddRange(Job(TranslationJobState.Done, now.AddDays(-91)), Job(TranslationJobState.Failed, now.AddDays(-120)),
                Job(TranslationJobState.Superseded, now.AddDays(-10)), Job(TranslationJobState.Queued, null), Job(TranslationJobState.Parked, null));
            await db.SaveChangesAsync();
        }

        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RunTranslationJobs>().PurgeFinishedAsync(default);

        (await JobsAsync("retention", subjectId)).Select(j => j.State).Order()
            .ShouldBe([TranslationJobState.Queued, TranslationJobState.Parked, TranslationJobState.Superseded]);
    }
}
