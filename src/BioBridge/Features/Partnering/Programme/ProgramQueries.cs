using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>Reads of an event's programme around the meetings, in the reader's language: sessions, exhibitors, delegations.</summary>
public sealed class ProgramQueries(AppDb db)
{
    public async Task<ProgramView> ProgramAsync(Event ev, string language, CancellationToken ct)
    {
        var speakers = await db.Delegates.AsNoTracking().Include(d => d.Organization)
            .Where(d => d.EventId == ev.Id && d.SpeakingSessionIds.Count > 0).OrderBy(d => d.Id).ToListAsync(ct);
        var sessions = ev.Sessions.OrderBy(s => s.Day).ThenBy(s => s.Starts)
            .Select(s => new SessionItem(SessionResponse.From(s),
                speakers.Where(d => d.SpeakingSessionIds.Contains(s.Id)).Select(d => PartneringQueries.Item(d, language)).ToList()))
            .ToList();
        var exhibitors = (await db.Exhibitors.AsNoTracking().Include(x => x.Organization).Where(x => x.EventId == ev.Id).ToListAsync(ct))
            .Select(x => new ExhibitorItem(x.Organization!.ExternalId, OrganizationName(x.Organization, language), x.Organization.ClusterId, x.Booth, x.Hall))
            .OrderBy(x => x.Hall).ThenBy(x => x.Booth, StringComparer.Ordinal).ToList();
        return new ProgramView(sessions, exhibitors, await DelegationsAsync(ev, null, language, ct));
    }

    /// <summary>The event's delegations with members and itinerary; <paramref name="delegationId"/> narrows to one.</summary>
    public async Task<IReadOnlyList<DelegationItem>> DelegationsAsync(Event ev, int? delegationId, string language, CancellationToken ct)
    {
        var delegations = await db.Delegations.AsNoTracking().Include(d => d.Itinerary).ThenInclude(i => i.Organization)
            .Where(d => d.EventId == ev.Id && (delegationId == null || d.Id == delegationId)).OrderBy(d => d.Id).ToListAsync(ct);
        var ids = delegations.Select(d => d.Id).ToList();
        var members = await db.Delegates.AsNoTracking().Include(d => d.Organization)
            .Where(d => d.DelegationId != null && ids.Contains(d.DelegationId.Value)).OrderBy(d => d.Id).ToListAsync(ct);
        return delegations.Select(d => new DelegationItem(d.Id, LocalizedDto.From(d.Name), d.ClusterId,
            members.Where(m => m.DelegationId == d.Id).Select(m => PartneringQueries.Item(m, language)).ToList(),
            Itinerary(ev, d.Itinerary, language))).ToList();
    }

    /// <summary>The itinerary in time order; a session stop is titled with the session's title in the reader's language.</summary>
    public static IReadOnlyList<ItineraryEntry> Itinerary(Event ev, IEnumerable<ItineraryItem> items, string language)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ev.TimeZone);
        return items.OrderBy(i => i.Day).ThenBy(i => i.Starts).Select(i => new ItineraryEntry(i.Id, i.Day, i.Starts, i.Ends,
            EventSlot.At(zone, i.Day, i.Starts), EventSlot.At(zone, i.Day, i.Ends),
            ev.Sessions.FirstOrDefault(s => s.Id == i.SessionId)?.Title.GetWithFallback(language).Text ?? i.Title,
            i.Place, i.Organization?.ExternalId, i.Organization is null ? null : OrganizationName(i.Organization, language), i.SessionId)).ToList();
    }

    public static string OrganizationName(Organization o, string language) => o.Name.GetWithFallback(language).Text ?? o.ExternalId;
}
