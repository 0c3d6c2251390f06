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
