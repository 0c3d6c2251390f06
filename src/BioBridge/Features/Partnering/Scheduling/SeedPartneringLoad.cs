using System.Diagnostics;
using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A generated event at scale, for measuring the app rather than the bare solver: BioBridge.Scheduling's
/// InstanceGenerator shapes the event (presets tiny to event: 20,000 delegates, 60,000 requests), which is written
/// into the database as organizations, delegates, accepted requests, slots, tables and interpreters; then one
/// scheduling run goes through the same path as the background worker (instance built from the database, solved,
/// proposal stored under the event's write lock).
/// </summary>
public sealed class SeedPartneringLoad(AppDb db, RunScheduling runScheduling, TimeProvider clock)
{
    const int Batch = 5_000;

    /// <summary>Writes a generated event and runs the scheduler on it; with <paramref name="again"/>, the slug of an event
    /// written earlier, runs the scheduler on that one again instead (its previous proposal is replaced).</summary>
    public async Task<LoadFigures> HandleAsync(string preset, int seed, double timeLimitSeconds, string? again, TextWriter log, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var ev = again is null
            ? await WriteEventAsync(preset, seed, log, ct)
            : await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == again, ct)
                ?? throw new UsageException($"--event: there is no event '{again}'");
        var insertSeconds = again is null ? watch.Elapsed.TotalSeconds : 0;
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new SchedulingRun { EventId = ev.Id, TimeLimitSeconds = timeLimitSeconds, RequestedAt = now, Progress = SchedulingRun.Stored(RunStep.Queued) };
        db.SchedulingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        run.Start("load test", now, now.AddMinutes(30));
        await db.SaveChangesAsync(ct);
        var delegates = await db.Delegates.CountAsync(d => d.EventId == ev.Id, ct);
        var requests = await db.MeetingRequests.CountAsync(r => r.EventId == ev.Id && r.Status == RequestStatus.Accepted, ct);
        await log.WriteLineAsync($"{ev.Slug}: {delegates} delegates, {requests} accepted requests" +
            (again is null ? $" written in {insertSeconds:0.0} s" : "") + "; running the scheduler");
        db.ChangeTracker.Clear();
        watch.Restart();
        var phases = await runScheduling.HandleAsync(run.Id, "load test", ct);
        var runSeconds = watch.Elapsed.TotalSeconds;
        db.ChangeTracker.Clear();
        run = await db.SchedulingRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id, ct);
        return new LoadFigures(ev.Slug, delegates, requests, await db.EventSlots.CountAsync(s => s.EventId == ev.Id, ct),
            await db.EventLocations.CountAsync(l => l.EventId == ev.Id && l.Kind == LocationKind.Table, ct),
            await db.Interpreters.CountAsync(i => i.EventId == ev.Id, ct), Math.Round(insertSeconds, 1), run.Id,
            run.Status.ToString().ToLowerInvariant(), RunNarration.Error(run), run.ScheduledMeetings, run.TotalMeetings, run.ScheduledWeight, run.UpperBound,
            run.Breaks, Math.Round(runSeconds, 1), Seconds(phases?.BuildSeconds), Seconds(phases?.SolveSeconds), Seconds(phases?.StoreSeconds),
            Seconds(phases?.BeyondSolverSeconds), Seconds(phases?.BuildCpuSeconds), Seconds(phases?.StoreCpuSeconds),
            Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0));
    }

    static double? Seconds(double? value) => value is { } v ? Math.Round(v, 1) : null;

    async Task<Event> WriteEventAsync(string preset, int seed, TextWriter log, CancellationToken ct)
    {
        var instance = InstanceGenerator.Generate(GeneratorOptions.Preset(preset, seed));
        var slug = $"load-{preset}-{seed}-{clock.GetUtcNow():yyyyMMddHHmmss}";
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var days = instance.Slots!.Select(s => DateOnly.Parse(s.Day!)).Distinct().Order().ToList();
        var ev = new Event { Slug = slug, NameEn = $"Load test ({preset}, seed {seed})", TimeZone = "Asia/Seoul", StartsOn = days[0], EndsOn = days[^1], IsPublished = false };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        var slots = instance.Slots!.Select((s, k) => new EventSlot
        {
            EventId = ev.Id, Day = DateOnly.Parse(s.Day!), Start = TimeOnly.Parse(s.Start!), Minutes = s.Minutes ?? 30, Ordinal = k,
        }).ToList();
        db.EventSlots.AddRange(slots);
        db.EventLocations.AddRange(instance.Locations!.Select(l => new EventLocation
        {
            EventId = ev.Id, Code = l.Id!, Kind = l.Kind == "table" ? LocationKind.Table : LocationKind.Virtual,
        }));
        await db.SaveChangesAsync(ct);
        var slotIds = instance.Slots!.Zip(slots).ToDictionary(p => p.First.Id!, p => p.Second.Id);
        db.Interpreters.AddRange(instance.Interpreters!.Select(i => new Interpreter
        {
            EventId = ev.Id, Name = i.Id!, Languages = [.. i.Languages!], MaxMeetings = i.MaxMeetings ?? 16,
            UnavailableSlotIds = (i.Unavailable ?? []).Select(c => slotIds[c]).ToList(),
        }));

        var organizations = instance.Participants!.Select(p => p.Organization!).Distinct()
            .Select(o => new Organization { ExternalId = $"{slug}-{o}", ClusterId = Cluster.Other, NameEn = $"Load test organization {o}" }).ToList();
        await AddInBatchesAsync(organizations, log, "organizations", ct);
        var organizationIds = organizations.ToDictionary(o => o.ExternalId[(slug.Length + 1)..], o => o.Id);
        var delegates = instance.Participants!.Select(p => new EventDelegate
        {
            EventId = ev.Id, OrganizationId = organizationIds[p.Organization!], DisplayName = p.Id!, Email = $"{p.Id}@{slug}.invalid",
            Languages = [.. p.Languages!], MaxMeetings = Math.Min(p.MaxMeetings ?? EventDelegate.MaxMeetingsLimit, EventDelegate.MaxMeetingsLimit),
            UnavailableSlotIds = (p.Unavailable ?? []).Select(c => slotIds[c]).ToList(),
            RegisteredAt = now, CalendarToken = RegisterDelegate.NewCalendarToken(),
        }).ToList();
        await AddInBatchesAsync(delegates, log, "delegates", ct);
        var byId = instance.Participants!.Zip(delegates).ToDictionary(p => p.First.Id!, p => p.Second);
        var requests = new List<MeetingRequest>();
        foreach (var meeting in instance.Meetings!)
        {
            var mode = meeting.Mode == "virtual" ? MeetingMode.Virtual : MeetingMode.Onsite;
            var priority = (int)Math.Clamp(Math.Round(meeting.Weight ?? 1), MeetingRequest.LowestPriority, MeetingRequest.HighestPriority);
            var (_, request) = MeetingRequest.Open(byId[meeting.Participants![0]], byId[meeting.Participants[1]], null, priority, mode, 0, int.MaxValue, now);
            if (request is null)
                continue; // the generator may pair two delegates of one organization; the app refuses such a request
            request.Accept(now);
            requests.Add(request);
        }
        await AddInBatchesAsync(requests, log, "requests", ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.ChangeTracker.Clear();
        return ev;
    }

    async Task AddInBatchesAsync<T>(IReadOnlyList<T> rows, TextWriter log, string what, CancellationToken ct) where T : class
    {
        for (var start = 0; start < rows.Count; start += Batch)
        {
            db.Set<T>().AddRange(rows.Skip(start).Take(Batch));
            await db.SaveChangesAsync(ct);
            await log.WriteLineAsync($"{what}: {Math.Min(start + Batch, rows.Count)}/{rows.Count}");
        }
    }
}
