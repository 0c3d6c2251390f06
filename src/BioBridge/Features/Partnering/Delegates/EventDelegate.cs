using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

/// <summary>
/// A delegate: one person registered for an organization at an event, who requests and takes one-to-one meetings.
/// (Named EventDelegate because System.Delegate would make the plain name ambiguous in every file.)
/// </summary>
public sealed class EventDelegate
{
    /// <summary>The calendar feed token: 40 hex digits today, room for a longer one.</summary>
    public const int CalendarTokenLength = 64;

    public const int MaxMeetingsLimit = 40;

    public int Id { get; private set; }
    public int EventId { get; set; }
    public int OrganizationId { get; set; }
    /// <summary>The account of the person, when they registered themselves.</summary>
    public string? UserId { get; set; }
    public required string DisplayName { get; set; }
    public required string Email { get; set; }
    public string? JobTitle { get; set; }
    /// <summary>Language codes the delegate meets in: ko, zh, en.</summary>
    public List<string> Languages { get; set; } = [];
    public List<int> UnavailableSlotIds { get; set; } = [];
    /// <summary>Agenda sessions the delegate speaks at: the meeting slots they overlap are unavailable.</summary>
    public List<int> SpeakingSessionIds { get; set; } = [];
    public int MaxMeetings { get; set; } = 12;
    /// <summary>Buyer, seller, investor, startup or other: the organizer may cap meetings per type.</summary>
    public ParticipantType ParticipantType { get; set; }
    /// <summary>The delegation the delegate travels with: its itinerary is on their agenda and blocks its slots.</summary>
    public int? DelegationId { get; set; }
    public DateTime RegisteredAt { get; set; }
    public DateTime? CheckedInAt { get; private set; }
    /// <summary>Secret of the personal iCalendar feed URL, for calendar apps that cannot sign in.</summary>
    public required string CalendarToken { get; set; }

    public Organization? Organization { get; private set; }

    /// <summary>Blocks the slots that overlap the sessions the delegate speaks at (slots added later included).</summary>
    public void BlockSlotsOfSessions(IEnumerable<EventSlot> slots, IEnumerable<EventSession> sessions) =>
        BlockSlotsDuring(slots, sessions.Where(s => SpeakingSessionIds.Contains(s.Id)).Select(s => (s.Day, s.Starts, s.Ends)));

    /// <summary>Blocks the slots that overlap the visits and sessions of the delegate's delegation.</summary>
    public void BlockSlotsOfItinerary(IEnumerable<EventSlot> slots, IEnumerable<ItineraryItem> itinerary) =>
        BlockSlotsDuring(slots, itinerary.Select(i => (i.Day, i.Starts, i.Ends)));

    void BlockSlotsDuring(IEnumerable<EventSlot> slots, IEnumerable<(DateOnly Day, TimeOnly Starts, TimeOnly Ends)> busy)
    {
        var periods = busy.ToList();
        var blocked = slots.Where(slot => periods.Any(p => p.Day == slot.Day && p.Starts < slot.End && slot.Start < p.Ends)).Select(slot => slot.Id);
        UnavailableSlotIds = UnavailableSlotIds.Union(blocked).ToList();
    }

    public Outcome CheckIn(DateTime now)
    {
        if (CheckedInAt is not null)
            return Outcome.Conflict(PartneringText.Say($"{DisplayName} is already checked in."));
        CheckedInAt = now;
        return Outcome.Ok;
    }
}
