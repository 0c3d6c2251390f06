namespace BioBridge.Features.Partnering;

public sealed record LoadFigures(string Event, int Delegates, int Requests, int Slots, int Tables, int Interpreters, double InsertSeconds,
    int RunId, string RunStatus, string? Error, int ScheduledMeetings, int TotalMeetings, double ScheduledWeight, double? UpperBound, int Breaks,
    double RunSeconds, double PeakWorkingSetMegabytes);
