namespace BioBridge.Scheduling;

public sealed record SolveReport(ScheduleResult Result, CheckReport Check, double? UpperBound, string SolverUsed, double Seconds);
