using BioBridge.Data;
using BioBridge.Features.Events;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// An organizer adds the programme around the meetings: agenda sessions (forum, conference, awards ceremony,
/// exhibition hours) with their speakers, and exhibitors with their booths. A session with the same day, start and
/// title is not added twice; an exhibitor sent again gets the booth given. All or nothing.
/// </summary>
public sealed class SetUpProgram(AppDb db, TranslationQueue translations)
{
    public async Task<Outcome<ProgramOutcome>> HandleAsync(PartneringActor actor, ProgramInput input, CancellationToken ct)
    {
        if (!actor.IsOrganizer)
            return Outcome.Forbidden(PartneringText.Say("Only organizers set up the programme."));
        var ev = await db.Events.Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null)
            return actor.Event.Missing();
        var errors = new Dictionary<string, string[]>();
        var delegates = await db.Delegates.Where(d => d.EventId == ev.Id).ToDictionaryAsync(d => d.Id, ct);
        var added = AddSessions(ev, input.Sessions ?? [], delegates, errors);
        var (exhibitorsAdded, exhibitorsUpdated) = await SetExhibitorsAsync(ev.Id, input.Exhibitors ?? [], errors, ct);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        await using var writeLock = await EventWriteLock.AcquireAsync(db, ev.Id, ct);
        await db.SaveChangesAsync(ct);
        // The new sessions have their ids now: their titles are queued in the same transaction.
        await translations.EnqueueAsync(EventSession.TranslationSubject, added.Select(a => a.Session.Id).ToList(), ct);
        errors = await BlockSpeakersAsync(ev.Id, added, delegates, ct);
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        await db.SaveChangesAsync(ct);
        await writeLock.CommitAsync(ct);
        return Outcome.Success(new ProgramOutcome(added.Count, exhibitorsAdded, exhibitorsUpdated));
    }

    static List<(EventSession Session, IReadOnlyList<int> Speakers)> AddSessions(Event ev, IEnumerable<SessionInput> given,
        IReadOnlyDictionary<int, EventDelegate> delegates, Dictionary<string, string[]> errors)
    {
        var added = new List<(EventSession Session, IReadOnlyList<int> Speakers)>();
        foreach (var (session, k) in given.Select((s, k) => (s, k)))
        {
            var problem = SessionProblem(ev, session, delegates);
            if (problem is not null)
            {
                errors[$"sessions[{k}]"] = [problem];
                continue;
            }
            var titleKo = session.TitleKo?.Trim();
            var titleZh = session.TitleZh?.Trim();
            var titleEn = session.TitleEn?.Trim();
            // The same session again: its title as the organizer wrote it, whatever the queue has translated since.
            var title = new LocalizedText(NullIfEmpty(titleKo), NullIfEmpty(titleZh), NullIfEmpty(titleEn));
            if (ev.Sessions.Any(s => s.Day == session.Day && s.Starts == session.Starts && s.WrittenTitle == title))
                continue;
            var created = new EventSession
            {
                Kind = Enum.Parse<SessionKind>(session.Kind, ignoreCase: true),
                TitleKo = NullIfEmpty(titleKo),
                TitleZh = NullIfEmpty(titleZh),
                TitleEn = NullIfEmpty(titleEn),
                Day = session.Day,
                Starts = session.Starts,
                Ends = session.Ends,
                Room = NullIfEmpty(session.Room?.Trim()),
            };
            ev.Sessions.Add(created);
            added.Add((created, (session.Speakers ?? []).Distinct().ToList()));
        }
        return added;
    }

    /// <summary>Adds the exhibitors not there yet and moves the known ones to the booth given.</summary>
    async Task<(int Added, int Updated)> SetExhibitorsAsync(int eventId, IReadOnlyList<ExhibitorInput> given, Dictionary<string, string[]> errors,
        CancellationToken ct)
    {
        var organizations = await db.Organizations.Where(o => given.Select(x => x.OrganizationExternalId).Contains(o.ExternalId))
            .ToDictionaryAsync(o => o.ExternalId, o => o.Id, ct);
        var exhibitors = await db.Exhibitors.Where(x => x.EventId == eventId).ToListAsync(ct);
        var (added, updated) = (0, 0);
        foreach (var (exhibitor, k) in given.Select((x, k) => (x, k)))
        {
            var booth = exhibitor.Booth?.Trim() ?? "";
            var hall = NullIfEmpty(exhibitor.Hall?.Trim());
            if (!organizations.TryGetValue(exhibitor.OrganizationExternalId ?? "", out var organizationId))
                errors[$"exhibitors[{k}]"] = [PartneringText.Say($"Unknown organization '{exhibitor.OrganizationExternalId}'.")];
            else if (booth.Length is < 1 or > Exhibitor.MaxBoothLength || hall?.Length > Exhibitor.MaxHallLength)
                errors[$"exhibitors[{k}]"] = [PartneringText.Say("An exhibitor needs a booth (1 to 40 characters) and at most 100 characters of hall.")];
            else if (exhibitors.FirstOrDefault(x => x.OrganizationId == organizationId) is { } known)
            {
                (known.Booth, known.Hall) = (booth, hall);
                updated++;
            }
            else
            {
                var created = new Exhibitor { EventId = eventId, OrganizationId = organizationId, Booth = booth, Hall = hall };
                exhibitors.Add(created);
                db.Exhibitors.Add(created);
                added++;
            }
        }
        return (added, updated);
    }

    /// <summary>
    /// Speakers cannot meet during their talks: their slots then become unavailable, unless a meeting is there already
    /// (answered as errors).
    /// </summary>
    async Task<Dictionary<string, string[]>> BlockSpeakersAsync(int eventId, List<(EventSession Session, IReadOnlyList<int> Speakers)> added,
        IReadOnlyDictionary<int, EventDelegate> delegates, CancellationToken ct)
    {
        var slots = await db.EventSlots.Where(s => s.EventId == eventId).ToListAsync(ct);
        var speakers = added.SelectMany(a => a.Speakers.Select(id => (Delegate: delegates[id], a.Session))).ToList();
        foreach (var (speaker, session) in speakers)
        {
            speaker.SpeakingSessionIds = [.. speaker.SpeakingSessionIds, session.Id];
            speaker.BlockSlotsOfSessions(slots, [session]);
        }
        return await UpdateDelegate.BrokenMeetingsAsync(db, speakers.Select(s => s.Delegate).Distinct().ToList(), ct);
    }

    static string? SessionProblem(Event ev, SessionInput session, IReadOnlyDictionary<int, EventDelegate> delegates)
    {
        if (!Enum.TryParse<SessionKind>(session.Kind, ignoreCase: true, out _) || int.TryParse(session.Kind, out _))
            return $"'{session.Kind}' is not a session kind; use forum, conference, awards, exhibition or partnering.";
        if (new[] { session.TitleKo, session.TitleZh, session.TitleEn }.All(string.IsNullOrWhiteSpace))
            return "A session needs a title in at least one of ko, zh, en.";
        if (new[] { session.TitleKo, session.TitleZh, session.TitleEn, session.Room }.Any(t => t?.Trim().Length > FieldLengths.Name))
            return PartneringText.Say("Titles and room have at most 200 characters.");
        if (session.Day < ev.StartsOn || session.Day > ev.EndsOn)
            return $"{session.Day:yyyy-MM-dd} is not a day of the event.";
        if (session.Ends <= session.Starts)
            return "A session ends after it starts.";
        if ((session.Speakers ?? []).FirstOrDefault(id => !delegates.ContainsKey(id)) is var unknown and not 0)
            return PartneringText.Say($"Speaker {unknown} is not a delegate of this event.");
        return null;
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
