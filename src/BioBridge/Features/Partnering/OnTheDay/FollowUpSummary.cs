namespace BioBridge.Features.Partnering;

/// <summary>
/// How the day went, for organizers: published meetings and their marks, follow-ups sent (at most two per meeting),
/// how many sides want next steps, and the outcome types in view.
/// </summary>
public sealed record FollowUpSummary(int PublishedMeetings, int HeldMeetings, int NoShowMeetings, int FollowUps, int MeetingsWithFollowUp,
    int SaidHappened, IReadOnlyDictionary<string, int> Interest, IReadOnlyDictionary<string, int> Outcomes, IReadOnlyList<MeetingFollowUps> Meetings);
