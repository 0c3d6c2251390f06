namespace BioBridge.Features.Partnering;

/// <summary>A scheduling run as the organizer sees it: <see cref="Progress"/> and <see cref="Error"/> in the reader's language,
/// <see cref="Failure"/> the failure's name (rejected, conflict, crashed) for a client that acts on it.</summary>
public sealed record RunItem(int Id, string Status, string? Progress, string? Error, string? Failure, double TimeLimitSeconds, DateTime RequestedAt,
    DateTime? StartedAt, DateTime? FinishedAt, string? Solver, int TotalMeetings, int FixedMeetings, int ScheduledMeetings, double TotalWeight,
    double ScheduledWeight, double? UpperBound, int Breaks, int MaxBreaksOfOneParticipant, double WorstServedShare, int UnscheduledCount,
    bool IsPublished, DateTime? PublishedAt);
