namespace BioBridge.Features.Partnering;

/// <summary>A delegate's own answers, validated; applying them also blocks the slots of their talks and itinerary.</summary>
/// <summary>A null <paramref name="Type"/> keeps the delegate's participant type.</summary>
public sealed record DelegateProfile(string DisplayName, string? JobTitle, List<string> Languages, List<int> UnavailableSlotIds, int MaxMeetings,
    List<int> SpeaksAt, ParticipantType? Type)
{
    public void ApplyTo(EventDelegate delegateOfEvent, IReadOnlyList<EventSlot> slots, IReadOnlyList<Events.EventSession> sessions,
        IEnumerable<ItineraryItem> itinerary)
    {
        delegateOfEvent.DisplayName = DisplayName;
        delegateOfEvent.JobTitle = JobTitle;
        delegateOfEvent.Languages = Languages;
        delegateOfEvent.MaxMeetings = MaxMeetings;
        delegateOfEvent.ParticipantType = Type ?? delegateOfEvent.ParticipantType;
        delegateOfEvent.SpeakingSessionIds = SpeaksAt;
        delegateOfEvent.UnavailableSlotIds = UnavailableSlotIds;
        delegateOfEvent.BlockSlotsOfSessions(slots, sessions);
        delegateOfEvent.BlockSlotsOfItinerary(slots, itinerary);
    }
}
