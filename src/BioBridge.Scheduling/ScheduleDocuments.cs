using System.Text.Json.Serialization;

namespace BioBridge.Scheduling;

// The JSON shapes of docs/contracts.md section 3 (`biobridge-schedule/1`). Every field is nullable so that
// a missing field becomes a named validation error instead of a serializer exception.

public sealed class ScheduleInstance
{
    public string? Format { get; set; }
    public string? Event { get; set; }
    public string? TimeZone { get; set; }
    public List<SlotSpec>? Slots { get; set; }
    public List<LocationSpec>? Locations { get; set; }
    public List<ParticipantSpec>? Participants { get; set; }
    public List<InterpreterSpec>? Interpreters { get; set; }
    public List<MeetingSpec>? Meetings { get; set; }

    // Optional and not in the contract's example (readers that do not know it ignore it, as the contract allows):
    // caps on one participant's meetings within a block of slots such as a half-day. See docs/partnering.md.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<SessionSpec>? Sessions { get; set; }
}

/// <summary>A block of slots in which each participant has at most <see cref="MaxMeetings"/> meetings.</summary>
public sealed class SessionSpec
{
    public string? Id { get; set; }
    public List<string>? Slots { get; set; }
    public int? MaxMeetings { get; set; }
}

public sealed class SlotSpec
{
    public string? Id { get; set; }
    public string? Day { get; set; }
    public string? Start { get; set; }
    public int? Minutes { get; set; }
}

public sealed class LocationSpec
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
}

public sealed class ParticipantSpec
{
    public string? Id { get; set; }
    public string? Organization { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Unavailable { get; set; }
    public int? MaxMeetings { get; set; }
}

public sealed class InterpreterSpec
{
    public string? Id { get; set; }
    public List<string>? Languages { get; set; }
    public List<string>? Unavailable { get; set; }
    public int? MaxMeetings { get; set; }
}

public sealed class MeetingSpec
{
    public string? Id { get; set; }
    public List<string>? Participants { get; set; }
    public double? Weight { get; set; }
    public string? Mode { get; set; }
    public List<string>? AllowedSlots { get; set; }
    public FixedSpec? Fixed { get; set; }
}

public sealed class FixedSpec
{
    public string? Slot { get; set; }
    public string? Location { get; set; }

    // Not in the contract's example; accepted so that `--keep` can pin an interpreter too.
    public string? Interpreter { get; set; }
}

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

public sealed class Assignment
{
    public string? Meeting { get; set; }
    public string? Slot { get; set; }
    public string? Location { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Interpreter { get; set; }
}
