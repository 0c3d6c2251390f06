namespace BioBridge.Features.Partnering;

/// <summary>
/// One run of the meeting scheduler for an event: queued by an organizer, taken by one node under a database lease,
/// solved in the background with its progress stored here, reviewed through its figures, and published.
/// Its proposed meetings are the event's unpublished <see cref="Meeting"/> rows with this run's id.
/// </summary>
public sealed class SchedulingRun
{
    /// <summary>The step and the solver's latest progress line, clipped.</summary>
    public const int MaxProgressLength = 1000;
    /// <summary>The failure and its detail, clipped: the log has the rest.</summary>
    public const int MaxErrorLength = 4000;
    /// <summary>The solver's name and version.</summary>
    public const int MaxSolverLength = 100;
    /// <summary>The worker holding the run: host name and process, clipped.</summary>
    public const int MaxLeaseOwnerLength = 200;

    public int Id { get; private set; }
    public int EventId { get; set; }
    public RunStatus Status { get; private set; } = RunStatus.Queued;
    /// <summary>A <see cref="RunStep"/>'s name, then the solver's latest line after a line break (<see cref="Stored{TWhat}"/>);
    /// a stored text has no reader, so what it says is put into words when it is read (<see cref="RunNarration"/>).</summary>
    public string? Progress { get; set; }
    /// <summary>A <see cref="RunFailure"/>'s name, then its detail (an exception's or the solver's message) after a line break.</summary>
    public string? Error { get; private set; }
    public double TimeLimitSeconds { get; set; }
    public string? RequestedByUserId { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    /// <summary>The node that runs it, and until when its claim holds; a crashed node's run is taken over after that.</summary>
    public string? LeaseOwner { get; private set; }
    public DateTime? LeaseExpiresAt { get; private set; }

    /// <summary>The solver's name and version; null when none ran (no accepted requests), which the page says in words.</summary>
    public string? Solver { get; private set; }
    public int TotalMeetings { get; private set; }
    public int FixedMeetings { get; private set; }
    public int ScheduledMeetings { get; private set; }
    public double TotalWeight { get; private set; }
    public double ScheduledWeight { get; private set; }
    /// <summary>A proven upper bound on the scheduled weight (objective 1 of biobridge-schedule/1).</summary>
    public double? UpperBound { get; private set; }
    public int Breaks { get; private set; }
    public int MaxBreaksOfOneParticipant { get; private set; }
    public double WorstServedShare { get; private set; }
    public int UnscheduledCount => UnscheduledRequestIds.Count;
    /// <summary>The key request of each accepted pair the run could not place.</summary>
    public List<int> UnscheduledRequestIds { get; private set; } = [];

    public bool IsPublished { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    public bool IsActive => Status is RunStatus.Queued or RunStatus.Running;

    public void Start(string owner, DateTime now, DateTime leaseUntil)
    {
        Status = RunStatus.Running;
        LeaseOwner = owner;
        StartedAt = now;
        LeaseExpiresAt = leaseUntil;
    }

    public void Succeed(SchedulingFigures figures, DateTime now)
    {
        Status = RunStatus.Succeeded;
        Solver = figures.Solver;
        TotalMeetings = figures.TotalMeetings;
        FixedMeetings = figures.FixedMeetings;
        ScheduledMeetings = figures.ScheduledMeetings;
        TotalWeight = figures.TotalWeight;
        ScheduledWeight = figures.ScheduledWeight;
        UpperBound = figures.UpperBound;
        Breaks = figures.Breaks;
        MaxBreaksOfOneParticipant = figures.MaxBreaksOfOneParticipant;
        WorstServedShare = figures.WorstServedShare;
        UnscheduledRequestIds = [.. figures.UnscheduledRequestIds];
        FinishedAt = now;
        LeaseExpiresAt = null;
        Progress = null;
    }

    /// <summary>A step or failure as stored: its name, and the detail after a line break, clipped to <paramref name="max"/>.</summary>
    public static string Stored<TWhat>(TWhat what, string? detail = null, int max = MaxProgressLength) where TWhat : struct, Enum
    {
        var text = detail is null ? what.ToString().ToLowerInvariant() : $"{what.ToString().ToLowerInvariant()}\n{detail}";
        return text.Length > max ? text[..max] : text;
    }

    public void Fail(RunFailure failure, string? detail, DateTime now)
    {
        Status = RunStatus.Failed;
        Error = Stored(failure, detail, MaxErrorLength);
        FinishedAt = now;
        LeaseExpiresAt = null;
    }

    public Outcome Publish(DateTime now)
    {
        if (Status != RunStatus.Succeeded)
            return Outcome.Conflict(Status == RunStatus.Failed
                ? PartneringText.Say($"Run {Id} failed; only a succeeded run can be published.")
                : PartneringText.Say($"Run {Id} has not finished; only a succeeded run can be published."));
        if (IsPublished)
            return Outcome.Conflict(PartneringText.Say($"Run {Id} is already published."));
        IsPublished = true;
        PublishedAt = now;
        return Outcome.Ok;
    }
}
