using BioBridge.Data;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Directory;
using BioBridge.Features.Partnering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The daily activity summary the dashboard reads against the records it summarizes, on each provider: random
/// requests, meetings marked held and back, follow-ups sent, moved and deleted, and an organization changing
/// cluster, then random periods and filters compared figure by figure, month by month, and with the drill-down.
/// </summary>
public abstract class ActivitySummaryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    static DateTime RandomTime(Random random) => Start.AddMinutes(random.Next(0, 1060 * 24 * 60));

    [Fact]
    public async Task Summary_figures_equal_direct_record_counts_after_random_writes()
    {
        var random = new Random(20261125);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var delegates = await db.Delegates.AsNoTracking().ToListAsync();
        var events = delegates.GroupBy(d => d.EventId).Where(g => g.Select(d => d.OrganizationId).Distinct().Count() >= 2).Select(g => g.ToList()).ToList();
        events.ShouldNotBeEmpty();
        var pairs = (await db.MeetingRequests.Select(r => new { r.FromDelegateId, r.ToDelegateId }).ToListAsync()).Select(r => (r.FromDelegateId, r.ToDelegateId)).ToHashSet();

        for (var round = 0; round < 4; round++)
        {
            for (var i = 0; i < 25; i++)
            {
                var attendees = events[random.Next(events.Count)];
                var from = attendees[random.Next(attendees.Count)];
                var partners = attendees.Where(d => d.OrganizationId != from.OrganizationId && !pairs.Contains((from.Id, d.Id))).ToList();
                if (partners.Count == 0)
                    continue;
                var to = partners[random.Next(partners.Count)];
                pairs.Add((from.Id, to.Id));
                var (_, request) = MeetingRequest.Open(from, to, null, 2, MeetingMode.Virtual, 0, 1000, RandomTime(random));
                db.MeetingRequests.Add(request!);
            }
            var meetings = await db.Meetings.Include(m => m.Seats).Where(m => m.IsPublished).ToListAsync();
            meetings.ShouldNotBeEmpty();
            foreach (var meeting in meetings.Where(_ => random.Next(3) == 0))
                meeting.Mark(random.Next(3) switch { 0 => MeetingStatus.Held, 1 => MeetingStatus.NoShow, _ => MeetingStatus.Scheduled }).Succeeded.ShouldBeTrue();
            var followUps = await db.MeetingFollowUps.ToListAsync();
            foreach (var followUp in followUps.Where(_ => random.Next(4) == 0))
                followUp.SubmittedAt = RandomTime(random);
            db.MeetingFollowUps.RemoveRange(followUps.Where(_ => random.Next(8) == 0));
            var answered = followUps.Select(f => (f.MeetingId, f.DelegateId)).ToHashSet();
            foreach (var meeting in meetings.Where(_ => random.Next(2) == 0))
            foreach (var seat in meeting.Seats.Where(s => !answered.Contains((meeting.Id, s.DelegateId)) && random.Next(2) == 0))
                db.MeetingFollowUps.Add(new MeetingFollowUp { MeetingId = meeting.Id, DelegateId = seat.DelegateId, Happened = true, SubmittedAt = RandomTime(random) });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await ShouldMatchRecordsAsync(scope.ServiceProvider, random);
        }

        // An organization that changes cluster takes its delegates' activity along.
        var moved = await db.Organizations.FirstAsync(o => o.ClusterId == Cluster.SeoulBioHub && db.Delegates.Any(d => d.OrganizationId == o.Id));
        moved.ClusterId = Cluster.Liangjiang;
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await ShouldMatchRecordsAsync(scope.ServiceProvider, random);
        moved.ClusterId = Cluster.SeoulBioHub;
        db.Update(moved);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // A rebuild from the records gives exactly the rows the saves maintained.
        var maintained = await SummaryRowsAsync(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await ActivitySummary.RebuildAsync(db, default);
            await transaction.CommitAsync();
        }
        (await SummaryRowsAsync(db)).ShouldBe(maintained);
    }

    static async Task<List<string>> SummaryRowsAsync(AppDb db) =>
        (await db.ActivityDays.AsNoTracking().Where(a => a.Count != 0).ToListAsync())
        .Select(a => $"{a.Measure} {a.Day:yyyy-MM-dd} {a.Clusters} {a.Count}").Order(StringComparer.Ordinal).ToList();

    static async Task ShouldMatchRecordsAsync(IServiceProvider services, Random random)
    {
        var dashboard = services.GetRequiredService<CooperationDashboard>();
        var db = services.GetRequiredService<AppDb>();
        var agreements = await db.Agreements.Select(a => a.Slug).ToListAsync();
        string?[] clusters = [null, Cluster.SeoulBioHub, Cluster.Liangjiang];
        var compared = new long[3];
        for (var i = 0; i < 8; i++)
        {
            var from = DateOnly.FromDateTime(RandomTime(random));
            var filter = new DashboardFilter(from, from.AddDays(random.Next(1, 900)), clusters[random.Next(clusters.Length)],
                random.Next(3) == 0 ? agreements[random.Next(agreements.Count)] : null);
            var (_, scope) = await dashboard.ScopeAsync(filter, default);
            var result = await dashboard.ComputeAsync(scope!, "en", default);
            var requests = await scope!.MeetingRequests().Select(r => r.CreatedAt).ToListAsync();
            var held = await scope.MeetingsHeld().Select(m => m.Slot!.Day).ToListAsync();
            var followUps = await scope.FollowUps().LongCountAsync();
            var context = $"{filter}";
            result.MeetingRequests.Value.ShouldBe(requests.Count, context);
            result.MeetingsHeld.Value.ShouldBe(held.Count, context);
            result.FollowUps.Value.ShouldBe(followUps, context);
            compared[0] += requests.Count;
            compared[1] += held.Count;
            compared[2] += followUps;
            foreach (var month in result.Months)
            {
                month.MeetingRequests.ShouldBe(requests.Count(r => $"{r:yyyy-MM}" == month.Month), context + " " + month.Month);
                month.MeetingsHeld.ShouldBe(held.Count(d => $"{d:yyyy-MM}" == month.Month), context + " " + month.Month);
            }
            foreach (var (kind, figure) in new[] { ("meeting-requests", result.MeetingRequests), ("meetings-held", result.MeetingsHeld), ("follow-ups", result.FollowUps) })
            {
                var (_, page) = await DashboardRecords.ListAsync(scope, kind, null, "en", 1, DashboardRecords.MaxPageSize, default);
                page!.Total.ShouldBe(figure.Value, context + " " + kind);
                page.Rows.Count.ShouldBe((int)Math.Min(figure.Value, DashboardRecords.MaxPageSize), context + " " + kind);
            }
        }
        compared.ShouldAllBe(n => n > 0, "the random periods should have covered records of every stream");
    }
}
