namespace BioBridge.Scheduling;

/// <summary>A proven upper bound on objective 1 and, from the time-indexed relaxation, the schedule its LP optimum rounds to.</summary>
sealed record Relaxation(double Bound, Solution? Rounded);
