namespace BioBridge.Features.Partnering;

/// <summary>A load run's figures; the phase seconds are null when the run did not get to store its outcome.</summary>
public sealed record LoadFigures(string Event, int Delegates, int Requests, int Slots, int Tables, int Interpreters, double InsertSeconds,
    int RunId, string RunStatus, string? Error, int ScheduledMeetings, int TotalMeetings, double ScheduledWeight, double? UpperBound, int Breaks,
    double RunSeconds, double? BuildSeconds, double? SolveSeconds, double? StoreSeconds, double? BeyondSolverSeconds, double? BuildCpuSeconds,
    double? StoreCpuSeconds, double PeakWorkingSetMegabytes);
