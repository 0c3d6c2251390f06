using System.Text.Json.Serialization;

namespace BioBridge.Scheduling;

public sealed class Assignment
{
    public string? Meeting { get; set; }
    public string? Slot { get; set; }
    public string? Location { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Interpreter { get; set; }
}
