namespace BioBridge.Features.Partnering;

/// <summary>Where a scheduling run's time went: building the instance from the database, the solver, storing the proposal.</summary>
public sealed record RunPhases(double BuildSeconds, double SolveSeconds, double StoreSeconds)
{
    public double BeyondSolverSeconds => BuildSeconds + StoreSeconds;
}
