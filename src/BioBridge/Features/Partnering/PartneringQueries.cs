using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>Reads of the partnering feature, in the reader's language, shared by the API and the pages.</summary>
public sealed class PartneringQueries(AppDb db, DirectorySearch search)
{
    public async Task<Event?> EventAsync(string slug, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Slug == slug, ct);

    public async Task<Event?> EventAsync(int? id, CancellationToken ct) =>
        await db.Events.AsNoTracking().Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Id == id, ct);

    public async Task<IReadOnlyList<SlotItem>> SlotsAsync(int eventId, CancellationToken ct) =>
        (await db.EventSlots.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.Day).ThenBy(s => s.Start).ToListAsync(ct))
        .Select(s => new SlotItem(s.Code, s.Day, s.Start, s.End, s.Minutes)).ToList();

    public async Task<EventDelegate?> DelegateAsync(int eventId, int delegateId, CancellationToken ct) =>
        await db.Delegates.AsNoTracking().Include(d => d.Organization).SingleOrDefaultAsync(d => d.Id == delegateId && d.EventId == eventId, ct);

    /// <summary>
    /// The delegate, if the actor acts for them - the event's organizers for anyone, members for their organization's - as one
    /// query: another organization's delegate is not found, rather than loaded and refused.
    /// </summary>
    public async Task<EventDelegate?> DelegateInScopeAsync(int delegateId, PartneringActor actor, CancellationToken ct)
    {
        var anyone = actor.IsOrganizer;
        var organization = actor.OrganizationId;
        var eventId = actor.Event.Id;
        return await db.Delegates.AsNoTracking().Include(d => d.Organization).SingleOrDefaultAsync(d => d.Id == delegateId
            && d.EventId == eventId
            && (anyone || (organization != null && d.OrganizationId == organization)), ct);
    }

    /// <summary>The delegate the actor acts for; one outside their scope is not found, so its existence is not confirmed.</summary>
    public async Task<Outcome<EventDelegate>> OwnDelegateAsync(int delegateId, PartneringActor actor, CancellationToken ct) =>
        await DelegateInScopeAsync(delegateId, actor, ct) is { } found
            ? Outcome.Success(found)
            : Outcome.NotFound(PartneringText.Say($"Delegate {delegateId} is not one you act for at this event."));

    /// <summary>The codes of the slots a delegate is not available in, as the edit form shows them.</summary>
    public async Task<IReadOnlySet<string>> UnavailableCodesAsync(EventDelegate d, CancellationToken ct) =>
        (await db.EventSlots.AsNoTracking().Where(s => d.UnavailableSlotIds.Contains(s.Id)).ToListAsync(ct)).Select(s => s.Code).ToHashSet();

    public static DelegateItem Item(EventDelegate d, string language) => new(d.Id, d.DisplayName, d.JobTitle, d.Organization!.ExternalId,
        ProgramQueries.OrganizationName(d.Organization, language), d.Organization.ClusterId, d.Languages, d.MaxMeetings,
        d.CheckedInAt is not null, ConfigureScheduling.Name(d.ParticipantType));

    /// <summary>Delegates of an event; <paramref name="organizationId"/> narrows to one organization's ("mine").</summary>
    public async Task<IReadOnlyList<DelegateItem>> DelegatesAsync(int eventId, string language, string? text, string? cluster,
        int? organizationId, CancellationToken ct)
    {
        var query = db.Delegates.AsNoTracking().Include(d => d.Organization).Where(d => d.EventId == eventId);
        if (organizationId is { } org)
            query = query.Where(d => d.OrganizationId == org);
        if (!string.IsNullOrWhiteSpace(cluster))
            query = query.Where(d => d.Organization!.ClusterId == cluster);
        var items = (await query.OrderBy(d => d.Id).ToListAsync(ct)).Select(d => Item(d, language));
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim();
            items = items.Where(d => d.DisplayName.Contains(t, StringComparison.OrdinalIgnoreCase)
                || d.OrganizationName.Contains(t, StringComparison.OrdinalIgnoreCase)
                || (d.JobTitle?.Contains(t, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        return items.ToList();
    }

    public async Task<DelegateRequests> RequestsOfAsync(int delegateId, string language, CancellationToken ct)
    {
        var requests = await db.MeetingRequests.AsNoTracking()
            .Include(r => r.FromDelegate).ThenInclude(d => d!.Organization)
            .Include(r => r.ToDelegate).ThenInclude(d => d!.Organization)
            .Where(r => r.FromDelegateId == delegateId || r.ToDelegateId == delegateId)
            .OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        var directions = requests.Where(r => r.IsLive).Select(r => (r.FromDelegateId, r.ToDelegateId)).ToHashSet();
        RequestItem Item(MeetingRequest r) => new(r.Id, r.Status.ToString().ToLowerInvariant(), r.Priority, r.Mode.ToString().ToLowerInvariant(),
            r.Message, PartneringQueries.Item(r.FromDelegate!, language), PartneringQueries.Item(r.ToDelegate!, language),
            r.IsLive && directions.Contains((r.ToDelegateId, r.FromDelegateId)), r.CreatedAt, r.AnsweredAt);
        return new DelegateRequests(
            requests.Where(r => r.ToDelegateId == delegateId).Select(Item).ToList(),
            requests.Where(r => r.FromDelegateId == delegateId).Select(Item).ToList());
    }

    /// <summary>
    /// Partner finding: the directory's recommendations for the delegate's organization (with their reasons), narrowed
    /// to organizations that have delegates at this event and that the delegate has not asked yet.
    /// </summary>
    public async Task<IReadOnlyList<PartnerSuggestionItem>> SuggestionsAsync(EventDelegate me, int top, string language, CancellationToken ct)
    {
        var recommended = search.Recommend(me.Organization!.ExternalId, 200, language) ?? [];
        if (recommended.Count == 0)
            return [];
        var asked = await db.MeetingRequests.Where(r => r.FromDelegateId == me.Id).Select(r => r.ToDelegateId).ToListAsync(ct);
        var externalIds = recommended.Select(r => r.ExternalId).ToList();
        var candidates = await db.Delegates.AsNoTracking().Include(d => d.Organization)
            .Where(d => d.EventId == me.EventId && externalIds.Contains(d.Organization!.ExternalId) && !asked.Contains(d.Id))
            .ToListAsync(ct);
        return recommended
            .SelectMany(r => candidates.Where(d => d.Organization!.ExternalId == r.ExternalId)
                .Select(d => new PartnerSuggestionItem(Item(d, language), r.Score, r.Reasons)))
            .Take(top).ToList();
    }

    /// <summary>Demand per delegate for organizers: requests sent and received, their answers, and meetings placed.</summary>
    public async Task<IReadOnlyList<DemandItem>> DemandAsync(int eventId, string language, CancellationToken ct)
    {
        var delegates = await db.Delegates.AsNoTracking().Include(d => d.Organization).Where(d => d.EventId == eventId).OrderBy(d => d.Id).ToListAsync(ct);
        var requests = await db.MeetingRequests.AsNoTracking().Where(r => r.EventId == eventId)
            .Select(r => new { r.FromDelegateId, r.ToDelegateId, r.Status }).ToListAsync(ct);
        var seats = await db.MeetingSeats.AsNoTracking().Where(s => db.Meetings.Any(m => m.Id == s.MeetingId && m.EventId == eventId && m.IsPublished))
            .GroupBy(s => s.DelegateId).Select(g => new { DelegateId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.DelegateId, g => g.Count, ct);
        return delegates.Select(d =>
        {
            var mine = requests.Where(r => r.FromDelegateId == d.Id || r.ToDelegateId == d.Id).ToList();
            return new DemandItem(Item(d, language), mine.Count(r => r.FromDelegateId == d.Id), mine.Count(r => r.ToDelegateId == d.Id),
                mine.Count(r => r.Status == RequestStatus.Accepted), mine.Count(r => r.Status == RequestStatus.Pending),
                mine.Count(r => r.Status == RequestStatus.Declined), seats.GetValueOrDefault(d.Id));
        }).OrderByDescending(x => x.Received).ThenBy(x => x.Delegate.Id).ToList();
    }

    public static RunItem Item(SchedulingRun r) => new(r.Id, r.Status.ToString().ToLowerInvariant(), RunNarration.Progress(r), RunNarration.Error(r), RunNarration.Failure(r), r.TimeLimitSeconds,
        r.RequestedAt, r.StartedAt, r.FinishedAt, r.Solver, r.TotalMeetings, r.FixedMeetings, r.ScheduledMeetings, r.TotalWeight,
        r.ScheduledWeight, r.UpperBound, r.Breaks, r.MaxBreaksOfOneParticipant, r.WorstServedShare, r.UnscheduledCount, r.IsPublished,
        r.PublishedAt);

    public async Task<IReadOnlyList<RunItem>> RunsAsync(int eventId, CancellationToken ct) =>
        (await db.SchedulingRuns.AsNoTracking().Where(r => r.EventId == eventId).OrderByDescending(r => r.Id).Take(50).ToListAsync(ct))
        .Select(Item).ToList();

    /// <summary>A run with its proposed meetings and, for each pair it could not place, the reason as the schedule stands.</summary>
    public async Task<RunDetail?> RunAsync(int eventId, int runId, string language, CancellationToken ct)
    {
        var run = await db.SchedulingRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId && r.EventId == eventId, ct);
        if (run is null)
            return null;
        var proposed = await MeetingsAsync(eventId, language, m => m.RunId == runId, ct);
        var unmetRequests = await db.MeetingRequests.AsNoTracking()
            .Include(r => r.FromDelegate).ThenInclude(d => d!.Organization).Include(r => r.ToDelegate).ThenInclude(d => d!.Organization)
            .Where(r => run.UnscheduledRequestIds.Contains(r.Id)).ToListAsync(ct);
        var unmet = new List<UnmetItem>();
        if (unmetRequests.Count > 0)
        {
            var board = await PlacementBoard.LoadAsync(db, eventId, null, ct);
            var ordered = unmetRequests.OrderBy(r => r.Id).ToList();
            var firsts = board.FindFirst(ordered.Select(r => (r.FromDelegate!, r.ToDelegate!, r.Mode)).ToList());
            foreach (var (r, (placement, reason)) in ordered.Zip(firsts))
                unmet.Add(new UnmetItem(r.Id, Item(r.FromDelegate!, language), Item(r.ToDelegate!, language),
                    placement is null ? reason! : "placeable"));
        }
        return new RunDetail(Item(run), proposed, unmet);
    }

    public async Task<IReadOnlyList<MeetingItem>> MeetingsAsync(int eventId, string language,
        System.Linq.Expressions.Expression<Func<Meeting, bool>> filter, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Slot).Include(m => m.Location).Include(m => m.Interpreter).Include(m => m.Seats)
            .Where(m => m.EventId == eventId).Where(filter).ToListAsync(ct);
        var ids = meetings.SelectMany(m => m.Seats.Select(s => s.DelegateId)).Distinct().ToList();
        var delegates = await db.Delegates.AsNoTracking().Include(d => d.Organization).Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return meetings.OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.Start).ThenBy(m => m.Location!.Code)
            .Select(m =>
            {
                var seats = m.Seats.OrderBy(s => s.DelegateId).ToList();
                return new MeetingItem(m.Id, m.Slot!.Code, m.Slot.Day, m.Slot.Start, m.Slot.End, m.Location!.Code, m.Location.InstanceKind,
                    m.Interpreter?.Name, Item(delegates[seats[0].DelegateId], language), Item(delegates[seats[1].DelegateId], language),
                    m.Mode.ToString().ToLowerInvariant(), m.IsPublished, m.IsFixed, m.Status.ToString().ToLowerInvariant(), m.RunId);
            }).ToList();
    }

    /// <summary>The delegate's published meetings with times in the event's zone and as instants, and the event's sessions.</summary>
    public async Task<AgendaView?> AgendaAsync(int? eventId, int delegateId, string language, CancellationToken ct)
    {
        var ev = await EventAsync(eventId, ct);
        if (ev is null)
            return null;
        var me = await DelegateAsync(ev.Id, delegateId, ct);
        if (me is null)
            return null;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZone);
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Slot).Include(m => m.Location).Include(m => m.Interpreter).Include(m => m.Seats)
            .Where(m => m.IsPublished && m.Seats.Any(s => s.DelegateId == delegateId)).ToListAsync(ct);
        var partnerIds = meetings.SelectMany(m => m.Seats).Select(s => s.DelegateId).Where(id => id != delegateId).Distinct().ToList();
        var partners = await db.Delegates.AsNoTracking().Include(d => d.Organization).Where(d => partnerIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var followUps = await db.MeetingFollowUps.AsNoTracking().Where(f => f.DelegateId == delegateId && meetingIds.Contains(f.MeetingId))
            .ToDictionaryAsync(f => f.MeetingId, ct);
        var items = meetings.OrderBy(m => m.Slot!.Day).ThenBy(m => m.Slot!.Start).Select(m => new AgendaMeeting(m.Id, m.Slot!.Day, m.Slot.Start,
            m.Slot.End, m.Slot.StartsAt(zone), m.Slot.EndsAt(zone), m.Location!.Code, m.Location.InstanceKind, m.Location.Url,
            Item(partners[m.Seats.Single(s => s.DelegateId != delegateId).DelegateId], language), m.Interpreter?.Name,
            m.Mode.ToString().ToLowerInvariant(), m.Status.ToString().ToLowerInvariant(),
            followUps.TryGetValue(m.Id, out var f) ? FollowUpItem.From(f) : null)).ToList();
        var sessions = ev.Sessions.OrderBy(s => s.Day).ThenBy(s => s.Starts).Select(SessionResponse.From).ToList();
        var delegation = me.DelegationId is { } delegationId
            ? await db.Delegations.AsNoTracking().Include(d => d.Itinerary).ThenInclude(i => i.Organization).SingleAsync(d => d.Id == delegationId, ct)
            : null;
        return new AgendaView(ev.Slug, LocalizedDto.From(ev.Name), ev.TimeZone, ev.Venue, ev.City, Item(me, language), me.CalendarToken, items, sessions,
            me.SpeakingSessionIds, delegation?.Id, delegation is null ? null : LocalizedDto.From(delegation.Name),
            delegation is null ? [] : ProgramQueries.Itinerary(ev, delegation.Itinerary, language));
    }

    public async Task<FollowUpSummary> FollowUpsAsync(int eventId, string language, CancellationToken ct)
    {
        var meetings = await MeetingsAsync(eventId, language, m => m.IsPublished, ct);
        var followUps = await db.MeetingFollowUps.AsNoTracking().Where(f => db.Meetings.Any(m => m.Id == f.MeetingId && m.EventId == eventId && m.IsPublished))
            .ToListAsync(ct);
        var bySide = followUps.ToDictionary(f => (f.MeetingId, f.DelegateId), FollowUpItem.From);
        return new FollowUpSummary(meetings.Count, meetings.Count(m => m.Status == "held"), meetings.Count(m => m.Status == "noshow"), followUps.Count,
            followUps.Select(f => f.MeetingId).Distinct().Count(), followUps.Count(f => f.Happened),
            MeetingFollowUp.Interests.ToDictionary(code => code, code => followUps.Count(f => f.NextStepInterest == code)),
            MeetingFollowUp.OutcomeTypes.ToDictionary(code => code, code => followUps.Count(f => f.OutcomeType == code)),
            meetings.Select(m => new MeetingFollowUps(m, bySide.GetValueOrDefault((m.Id, m.First.Id)), bySide.GetValueOrDefault((m.Id, m.Second.Id))))
                .ToList());
    }

    /// <summary>A delegate's latest notifications, newest first, in the reader's language.</summary>
    public async Task<IReadOnlyList<NotificationItem>> NotificationsAsync(int delegateId, IStringLocalizer<Text> text, int take, CancellationToken ct) =>
        (await db.Notifications.AsNoTracking().Where(n => n.DelegateId == delegateId).OrderByDescending(n => n.Id).Take(take).ToListAsync(ct))
        .Select(n => new NotificationItem(n.Id, n.Kind.ToString(), NotificationText.For(n.Kind, n.About, text), n.About, n.CreatedAt, n.ReadAt is not null))
        .ToList();

    public async Task<int> MarkNotificationsReadAsync(int delegateId, DateTime now, CancellationToken ct) =>
        await db.Notifications.Where(n => n.DelegateId == delegateId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);

    /// <summary>The stored schedule of an event as a `biobridge-schedule-result/1` for <see cref="PartneringInstance"/>'s ids.</summary>
    public async Task<ScheduleResult> StoredResultAsync(PartneringInstance built, bool publishedOnly, CancellationToken ct)
    {
        var meetings = await db.Meetings.AsNoTracking().Include(m => m.Slot).Include(m => m.Location)
            .Where(m => m.EventId == built.Event.Id && (!publishedOnly || m.IsPublished)).ToListAsync(ct);
        var placed = meetings.Select(m => PartneringInstance.MeetingId(m.RequestId)).ToHashSet();
        return new ScheduleResult
        {
            Assignments = meetings.OrderBy(m => m.Id).Select(m => new Assignment
            {
                Meeting = PartneringInstance.MeetingId(m.RequestId),
                Slot = m.Slot!.Code,
                Location = m.Location!.Code,
                Interpreter = m.InterpreterId is { } i ? PartneringInstance.InterpreterId(i) : null,
            }).ToList(),
            Unscheduled = built.Meetings.Keys.Where(id => !placed.Contains(id)).ToList(),
        };
    }
}
