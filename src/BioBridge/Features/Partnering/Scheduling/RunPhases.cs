namespace BioBridge.Features.Partnering;

/// <summary>
/// Where a scheduling run's time went: building the instance from the database, the solver, storing the proposal; in
/// seconds of wall clock, and for building and storing also in CPU seconds of this process (on a shared machine the
/// wall clock says as much about the neighbours as about the run).
/// </summary>
public sealed record RunPhases(double BuildSeconds, double SolveSeconds, double StoreSeconds, double BuildCpuSeconds, double StoreCpuSeconds)
{
    public double BeyondSolverSeconds => BuildSeconds + StoreSeconds;
}
