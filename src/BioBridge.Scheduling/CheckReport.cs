namespace BioBridge.Scheduling;

public sealed record CheckReport(bool Feasible, IReadOnlyList<string> Violations, ScheduleFigures Figures);
