using System.Text.Json;

namespace BioBridge.Shared;

/// <summary>How every command writes its --json document.</summary>
public static class CommandJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
