using System.Text.Json.Serialization;

namespace BioBridge.Scheduling;

public sealed class ScheduleResult
{
    public string Format { get; set; } = ScheduleJson.ResultFormat;
    public List<Assignment> Assignments { get; set; } = [];
    public List<string> Unscheduled { get; set; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? UpperBound { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Seconds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Solver { get; set; }

    // Extensions of the contract's result (readers that do not know them ignore them), written by `schedule solve`;
    // see docs/scheduling.md, "Exact break minimisation".

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Breaks { get; set; }

    /// <summary>Proven: no schedule of the same meetings has fewer breaks (see <see cref="BreaksLowerBoundOf"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? BreaksLowerBound { get; set; }

    /// <summary>"every meeting" (every meeting that can be placed, so the weight is maximal as well) or "the scheduled meetings".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BreaksLowerBoundOf { get; set; }

    /// <summary>"optimal" (objectives 1 and 2), or "optimal breaks for the scheduled meetings".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Proved { get; set; }

    /// <summary>What the exact mode did, one clause per run, including why it was skipped.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Exact { get; set; }
}
