namespace BioBridge.Features.Partnering;

/// <summary>
/// A run's stored step and failure (<see cref="SchedulingRun.Progress"/>, <see cref="SchedulingRun.Error"/>) put into words
/// in the reader's language when they are read; the solver's line or an exception's message follows as a detail.
/// A text stored before steps and failures were stored by name is shown as it is.
/// </summary>
public static class RunNarration
{
    public static string? Progress(SchedulingRun run) => Read<RunStep>(run.Progress) switch
    {
        ({ } step, var detail) => WithDetail(step switch
        {
            RunStep.Queued => PartneringText.Say("Waiting for a worker to take the run."),
            RunStep.Started => PartneringText.Say("Building the schedule instance from the accepted requests."),
            _ => PartneringText.Say($"Solving {run.TotalMeetings} meetings ({run.FixedMeetings} fixed)."),
        }, detail),
        (null, var legacy) => legacy,
    };

    public static string? Error(SchedulingRun run) => Read<RunFailure>(run.Error) switch
    {
        ({ } failure, var detail) => WithDetail(failure switch
        {
            RunFailure.Rejected => PartneringText.Say("The solver rejected the schedule instance."),
            RunFailure.Conflict => PartneringText.Say("The schedule changed while the solver ran (a meeting was placed by hand or on acceptance). Run again."),
            _ => PartneringText.Say("The run failed."),
        }, detail),
        (null, var legacy) => legacy,
    };

    /// <summary>The failure's name (rejected, conflict, crashed), for a client that acts on it; null for a text stored before.</summary>
    public static string? Failure(SchedulingRun run) => Read<RunFailure>(run.Error).What?.ToString().ToLowerInvariant();

    static string WithDetail(string sentence, string? detail) => detail is null ? sentence : $"{sentence} {detail}";

    /// <summary>The stored name and detail; a text that does not start with a name is all detail.</summary>
    static (TWhat? What, string? Detail) Read<TWhat>(string? stored) where TWhat : struct, Enum
    {
        if (stored is null)
            return (null, null);
        var end = stored.IndexOf('\n', StringComparison.Ordinal);
        var name = end < 0 ? stored : stored[..end];
        return Enum.TryParse<TWhat>(name, ignoreCase: true, out var what) && name.All(char.IsAsciiLetterLower)
            ? (what, end < 0 ? null : stored[(end + 1)..])
            : (null, stored);
    }
}
