namespace BioBridge.Features.Partnering;

public sealed record RunItem(int Id, string Status, string? Progress, string? Error, double TimeLimitSeconds, DateTime RequestedAt,
    DateTime? StartedAt, DateTime? FinishedAt, string? Solver, int TotalMeetings, int FixedMeetings, int ScheduledMeetings, double TotalWeight,
    double ScheduledWeight, double? UpperBound, int Breaks, int MaxBreaksOfOneParticipant, double WorstServedShare, int UnscheduledCount,
    bool IsPublished, DateTime? PublishedAt);
