namespace BioBridge.Features.Partnering;

/// <summary>The reviewable outcome of a run, as the checker of BioBridge.Scheduling computed it.</summary>
public sealed record SchedulingFigures(string? Solver, int TotalMeetings, int FixedMeetings, int ScheduledMeetings, double TotalWeight,
    double ScheduledWeight, double? UpperBound, int Breaks, int MaxBreaksOfOneParticipant, double WorstServedShare,
    IReadOnlyList<int> UnscheduledRequestIds);
