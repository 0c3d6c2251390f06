using System.Net.Mail;
using System.Security.Cryptography;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// Registers a person as a delegate of an organization at an event: members register for their own organization,
/// organizers for any. Unavailable slots are given by their codes (such as 20261010T1400); the agenda sessions the
/// delegate speaks at block the slots they overlap.
/// </summary>
public sealed class RegisterDelegate(AppDb db, TimeProvider clock)
{
    public static readonly string[] KnownLanguages = ["ko", "zh", "en"];

    public async Task<Outcome<EventDelegate>> HandleAsync(PartneringActor actor, DelegateInput input,
        CancellationToken ct)
    {
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == actor.Event.Id, ct);
        if (ev is null || (!ev.IsPublished && !actor.IsOrganizer))
            return actor.Event.Missing();

        int organizationId;
        if (!string.IsNullOrWhiteSpace(input.OrganizationExternalId))
        {
            var organization = await db.Organizations.Where(o => o.ExternalId == input.OrganizationExternalId)
                .Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
            if (organization is null)
                return Outcome.Invalid("organizationExternalId", PartneringText.Say($"Unknown organization '{input.OrganizationExternalId}'."));
            if (!actor.IsOrganizer && actor.OrganizationId != organization)
                return Outcome.Forbidden(PartneringText.Say("Members register delegates of their own organization only."));
            organizationId = organization.Value;
        }
        else if (actor.OrganizationId is { } own)
            organizationId = own;
        else
            return Outcome.Invalid("organizationExternalId", PartneringText.Say("Name the organization the delegate registers for."));

        var slots = await db.EventSlots.Where(s => s.EventId == ev.Id).ToListAsync(ct);
        var sessions = await db.Events.Where(e => e.Id == ev.Id).SelectMany(e => e.Sessions).ToListAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var profile = ReadProfile(input, slots, sessions, errors);
        var email = string.IsNullOrWhiteSpace(input.Email) ? actor.User.Email ?? "" : input.Email.Trim();
        if (email.Length > FieldLengths.Email || !MailAddress.TryCreate(email, out _))
            errors["email"] = [PartneringText.Say("A valid e-mail address is needed.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        if (await db.Delegates.AnyAsync(d => d.EventId == ev.Id && d.Email == email, ct))
            return Outcome.Conflict(PartneringText.Say($"{email} is already registered for this event."));

        var registered = new EventDelegate
        {
            EventId = ev.Id,
            OrganizationId = organizationId,
            DisplayName = profile.DisplayName,
            Email = email,
            UserId = string.Equals(email, actor.User.Email, StringComparison.OrdinalIgnoreCase) ? actor.User.Id : null,
            RegisteredAt = clock.GetUtcNow().UtcDateTime,
            CalendarToken = NewCalendarToken(),
        };
        profile.ApplyTo(registered, slots, sessions, []);
        db.Delegates.Add(registered);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            return Outcome.Conflict(PartneringText.Say($"{email} is already registered for this event."));
        }
        return Outcome.Success(registered);
    }

    /// <summary>
    /// Reads what a delegate says about themselves (name, title, languages, unavailable slots, meeting limit, sessions
    /// they speak at), adding a message per bad field to <paramref name="errors"/>; registration and editing share it.
    /// </summary>
    public static DelegateProfile ReadProfile(DelegateInput input, IReadOnlyList<EventSlot> slots, IReadOnlyList<Events.EventSession> sessions,
        Dictionary<string, string[]> errors)
    {
        var name = input.DisplayName?.Trim() ?? "";
        if (name.Length is < 1 or > FieldLengths.Name)
            errors["displayName"] = [PartneringText.Say("The name needs 1 to 200 characters.")];
        var jobTitle = string.IsNullOrWhiteSpace(input.JobTitle) ? null : input.JobTitle.Trim();
        if (jobTitle?.Length > FieldLengths.Name)
            errors["jobTitle"] = [PartneringText.Say("The job title has at most 200 characters.")];
        var languages = (input.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        if (languages.Count == 0 || languages.Any(l => !KnownLanguages.Contains(l)))
            errors["languages"] = [PartneringText.Say("Give the languages the delegate meets in: ko, zh and/or en.")];
        var maxMeetings = input.MaxMeetings ?? 12;
        if (maxMeetings is < 1 or > EventDelegate.MaxMeetingsLimit)
            errors["maxMeetings"] = [PartneringText.Say($"The meeting limit is 1 to {EventDelegate.MaxMeetingsLimit}.")];
        var unavailable = new List<int>();
        foreach (var code in input.UnavailableSlots ?? [])
        {
            var slot = slots.FirstOrDefault(s => s.Code == code);
            if (slot is null)
                errors["unavailableSlots"] = [PartneringText.Say($"'{code}' is not a meeting slot of this event.")];
            else
                unavailable.Add(slot.Id);
        }
        var speaksAt = (input.SpeaksAt ?? []).Distinct().ToList();
        if (speaksAt.Any(id => sessions.All(s => s.Id != id)))
            errors["speaksAt"] = [PartneringText.Say("Speaking sessions must be sessions of this event's agenda.")];
        var type = ConfigureScheduling.ParseType(input.ParticipantType);
        if (input.ParticipantType is not null && type is null)
            errors["participantType"] = [PartneringText.Say($"'{input.ParticipantType}' is not a participant type; use {string.Join(", ", ConfigureScheduling.ParticipantTypes)}.")];
        return new DelegateProfile(name, jobTitle, languages, unavailable.Distinct().ToList(), maxMeetings, speaksAt, type);
    }

    public static string NewCalendarToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
}
