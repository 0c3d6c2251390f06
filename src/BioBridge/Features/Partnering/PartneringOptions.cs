using System.ComponentModel.DataAnnotations;

namespace BioBridge.Features.Partnering;

/// <summary>Settings of the partnering feature (configuration section BioBridge:Partnering).</summary>
public sealed class PartneringOptions
{
    public const string Section = "BioBridge:Partnering";

    /// <summary>Unanswered requests one delegate may have at a time.</summary>
    [Range(1, 1000)]
    public int MaxOpenRequestsPerDelegate { get; set; } = 30;

    /// <summary>Solver time of a run when the organizer does not choose one.</summary>
    [Range(0.1, 3600)]
    public double SolverSeconds { get; set; } = 20;

    /// <summary>How long a node's claim on a run holds without renewal; a crashed node's run is taken over after it.</summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often a node looks for runs queued on other nodes.</summary>
    [Range(0.2, 600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>After a schedule is published, a newly accepted request is placed at once in the first free slot.</summary>
    public bool PlaceLateAcceptsImmediately { get; set; } = true;
}
