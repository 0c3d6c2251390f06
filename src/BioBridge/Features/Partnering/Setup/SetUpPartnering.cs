using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// An organizer adds the partnering resources of an event: meeting slots (breaks are simply the gaps between
/// ranges), tables and online rooms, and interpreters with their languages and unavailable slots. Adding what
/// exists already changes nothing, so the same setup can be sent again.
/// </summary>
public sealed class SetUpPartnering(AppDb db)
{
    public async Task<Outcome<PartneringSetupOutcome>> HandleAsync(PartneringActor actor, PartneringSetupInput input, CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers set up partnering."));
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null)
            return actor.Event.Missing();
        var errors = new Dictionary<string, string[]>();
        var slots = await db.EventSlots.Where(s => s.EventId == ev.Id).ToListAsync(ct);
        var slotsAdded = AddSlots(ev, slots, input.Slots ?? [], errors);
        var locations = await db.EventLocations.Where(l => l.EventId == ev.Id).ToListAsync(ct);
        var locationsAdded = AddLocations(ev.Id, locations, input.Locations ?? [], errors);
        var interpreters = await db.Interpreters.Where(i => i.EventId == ev.Id).ToListAsync(ct);
        var interpretersAdded = AddInterpreters(ev.Id, interpreters, slots, input.Interpreters ?? [], errors);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await BlockUnavailableSlotsAsync(ev.Id, slots, interpreters, input.Interpreters ?? [], ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Success(new PartneringSetupOutcome(slotsAdded, locationsAdded, interpretersAdded));
    }

    int AddSlots(Events.Event ev, List<EventSlot> slots, IEnumerable<SlotRange> ranges, Dictionary<string, string[]> errors)
    {
        var added = 0;
        foreach (var (range, k) in ranges.Select((r, k) => (r, k)))
        {
            if (range.Minutes is < 5 or > 240 || range.To <= range.From)
            {
                errors[$"slots[{k}]"] = [PartneringText.Say("A slot range needs from < to and 5 to 240 minutes per slot.")];
                continue;
            }
            if (range.Day < ev.StartsOn || range.Day > ev.EndsOn)
            {
                errors[$"slots[{k}]"] = [PartneringText.Say($"{range.Day:yyyy-MM-dd} is not a day of the event.")];
                continue;
            }
            for (var start = range.From; ; start = start.AddMinutes(range.Minutes))
            {
                var end = start.AddMinutes(range.Minutes);
                if (end <= start || end > range.To)
                    break; // the range is full (or would run past midnight)
                if (slots.Any(s => s.Day == range.Day && s.Start < end && start < s.End))
                    continue; // overlaps a slot the event has: already set up
                var slot = new EventSlot { EventId = ev.Id, Day = range.Day, Start = start, Minutes = range.Minutes };
                slots.Add(slot);
                db.EventSlots.Add(slot);
                added++;
            }
        }
        var ordinal = 0;
        foreach (var slot in slots.OrderBy(s => s.Day).ThenBy(s => s.Start))
            slot.Ordinal = ordinal++;
        return added;
    }

    int AddLocations(int eventId, List<EventLocation> locations, IEnumerable<LocationInput> given, Dictionary<string, string[]> errors)
    {
        var added = 0;
        foreach (var (location, k) in given.Select((l, k) => (l, k)))
        {
            var code = location.Code?.Trim() ?? "";
            LocationKind? kind = location.Kind?.ToLowerInvariant() switch { "table" => LocationKind.Table, "virtual" => LocationKind.Virtual, _ => null };
            if (code.Length is < 1 or > EventLocation.MaxCodeLength || kind is null)
            {
                errors[$"locations[{k}]"] = [PartneringText.Say("A location needs a code (1 to 40 characters) and a kind: table or virtual.")];
                continue;
            }
            if (locations.Any(l => l.Code == code))
                continue;
            var created = new EventLocation { EventId = eventId, Code = code, Kind = kind.Value, Url = location.Url };
            locations.Add(created);
            db.EventLocations.Add(created);
            added++;
        }
        return added;
    }

    int AddInterpreters(int eventId, List<Interpreter> interpreters, List<EventSlot> slots, IEnumerable<InterpreterInput> given,
        Dictionary<string, string[]> errors)
    {
        var added = 0;
        foreach (var (interpreter, k) in given.Select((i, k) => (i, k)))
        {
            var name = interpreter.Name?.Trim() ?? "";
            var languages = (interpreter.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
            if (name.Length is < 1 or > FieldLengths.Name || languages.Count < 2 || languages.Any(l => !RegisterDelegate.KnownLanguages.Contains(l)))
            {
                errors[$"interpreters[{k}]"] = [PartneringText.Say("An interpreter needs a name and at least two of the languages ko, zh, en.")];
                continue;
            }
            var unknown = (interpreter.UnavailableSlots ?? []).Where(c => slots.All(s => s.Code != c)).ToList();
            if (unknown.Count > 0)
            {
                errors[$"interpreters[{k}]"] = [PartneringText.Say($"Unknown slots: {string.Join(", ", unknown)}.")];
                continue;
            }
            if (interpreters.Any(i => i.Name == name))
                continue;
            var created = new Interpreter
            {
                EventId = eventId,
                Name = name,
                Languages = languages,
                MaxMeetings = Math.Clamp(interpreter.MaxMeetings ?? 16, 1, 200),
                // Slots added in this same call have no id yet; their unavailability is set once they are saved.
            };
            interpreters.Add(created);
            db.Interpreters.Add(created);
            added++;
        }
        return added;
    }

    /// <summary>Once the new slots have ids: speakers lose the slots during their sessions, interpreters the slots they named.</summary>
    async Task BlockUnavailableSlotsAsync(int eventId, List<EventSlot> slots, List<Interpreter> interpreters, IEnumerable<InterpreterInput> given,
        CancellationToken ct)
    {
        // New slots during a session someone speaks at are blocked for them, as at registration.
        var sessions = await db.Events.Where(e => e.Id == eventId).SelectMany(e => e.Sessions).ToListAsync(ct);
        foreach (var speaker in (await db.Delegates.Where(d => d.EventId == eventId).ToListAsync(ct)).Where(d => d.SpeakingSessionIds.Count > 0))
            speaker.BlockSlotsOfSessions(slots, sessions);

        foreach (var interpreter in given)
        {
            if (interpreter.UnavailableSlots is not { Count: > 0 })
                continue;
            var stored = interpreters.Single(i => i.Name == interpreter.Name.Trim());
            stored.UnavailableSlotIds = slots.Where(s => interpreter.UnavailableSlots.Contains(s.Code)).Select(s => s.Id).ToList();
        }
    }
}
