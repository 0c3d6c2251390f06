using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// An organizer forms a delegation travelling together: its name, the cluster it comes from, its members (delegates
/// of the event, in no other delegation) and its itinerary of visits and sessions. Members cannot meet during the
/// itinerary, so its stops block the meeting slots they overlap; a stored meeting in the way is refused, named.
/// </summary>
public sealed class OrganizeDelegation(AppDb db)
{
    public async Task<Outcome<Delegation>> HandleAsync(PartneringActor actor, DelegationInput input,
        CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers form delegations."));
        var ev = await db.Events.Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null)
            return actor.Event.Missing();

        var errors = new Dictionary<string, string[]>();
        var names = new[] { input.NameKo, input.NameZh, input.NameEn }.Select(n => string.IsNullOrWhiteSpace(n) ? null : n.Trim()).ToArray();
        if (names.All(n => n is null) || names.Any(n => n?.Length > FieldLengths.Name))
            errors["name"] = [PartneringText.Say("A delegation needs a name (up to 200 characters) in at least one of ko, zh, en.")];
        if (input.Cluster is not null && !await db.Clusters.AnyAsync(c => c.Id == input.Cluster, ct))
            errors["cluster"] = [PartneringText.Say($"Unknown cluster '{input.Cluster}'.")];
        var memberIds = (input.Members ?? []).Distinct().ToList();
        var members = await db.Delegates.Where(d => d.EventId == ev.Id && memberIds.Contains(d.Id)).ToListAsync(ct);
        if (memberIds.Count == 0)
            errors["members"] = [PartneringText.Say("A delegation has at least one member.")];
        else if (memberIds.FirstOrDefault(id => members.All(m => m.Id != id)) is var unknown and not 0)
            errors["members"] = [PartneringText.Say($"Delegate {unknown} is not registered for this event.")];
        else if (members.FirstOrDefault(m => m.DelegationId is not null) is { } taken)
            errors["members"] = [PartneringText.Say($"{taken.DisplayName} already travels with another delegation.")];

        var visited = (input.Itinerary ?? []).Select(i => i.OrganizationExternalId).OfType<string>().ToList();
        var organizations = await db.Organizations.Where(o => visited.Contains(o.ExternalId)).ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var delegation = new Delegation { EventId = ev.Id, NameKo = names[0], NameZh = names[1], NameEn = names[2], ClusterId = input.Cluster };
        foreach (var (stop, k) in (input.Itinerary ?? []).Select((s, k) => (s, k)))
        {
            var session = stop.SessionId is { } sessionId ? ev.Sessions.FirstOrDefault(s => s.Id == sessionId) : null;
            var title = string.IsNullOrWhiteSpace(stop.Title) ? session?.Title.GetWithFallback("en").Text : stop.Title.Trim();
            if (stop.Ends <= stop.Starts)
                errors[$"itinerary[{k}]"] = [PartneringText.Say("A stop ends after it starts.")];
            else if (stop.SessionId is not null && session is null)
                errors[$"itinerary[{k}]"] = [PartneringText.Say($"Session {stop.SessionId} is not a session of this event.")];
            else if (title is null or { Length: > FieldLengths.Name } || stop.Place?.Trim().Length > FieldLengths.Name)
                errors[$"itinerary[{k}]"] = [PartneringText.Say("A visit needs a title (up to 200 characters) and at most 200 characters of place.")];
            else if (stop.OrganizationExternalId is { } external && !organizations.ContainsKey(external))
                errors[$"itinerary[{k}]"] = [PartneringText.Say($"Unknown organization '{external}'.")];
            else
                delegation.Itinerary.Add(new ItineraryItem
                {
                    Day = stop.Day,
                    Starts = stop.Starts,
                    Ends = stop.Ends,
                    Title = title,
                    Place = string.IsNullOrWhiteSpace(stop.Place) ? session?.Room : stop.Place.Trim(),
                    OrganizationId = stop.OrganizationExternalId is { } visit ? organizations[visit] : null,
                    SessionId = session?.Id,
                });
        }
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        await using var writeLock = await EventWriteLock.AcquireAsync(db, ev.Id, ct);
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(ct);
        var slots = await db.EventSlots.Where(s => s.EventId == ev.Id).ToListAsync(ct);
        foreach (var member in members)
        {
            member.DelegationId = delegation.Id;
            member.BlockSlotsOfItinerary(slots, delegation.Itinerary);
        }
        errors = await UpdateDelegate.BrokenMeetingsAsync(db, members, ct);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Success(delegation);
    }
}
