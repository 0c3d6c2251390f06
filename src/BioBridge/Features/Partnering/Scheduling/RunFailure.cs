namespace BioBridge.Features.Partnering;

/// <summary>Why a run failed; stored by name in <see cref="SchedulingRun.Error"/>, shown in the reader's language.</summary>
public enum RunFailure
{
    /// <summary>The solver refused the instance built from the event.</summary>
    Rejected,
    /// <summary>A meeting was placed by hand or on acceptance while the solver ran.</summary>
    Conflict,
    /// <summary>An unexpected error; the log has the rest.</summary>
    Crashed,
}
