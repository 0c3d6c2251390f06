using System.Text.Json;
using System.Text.Json.Serialization;

namespace BioBridge.Scheduling;

/// <summary>Reads and writes instances and results; failures are returned as messages naming the file.</summary>
public static class ScheduleJson
{
    public const string InstanceFormat = "biobridge-schedule/1";
    public const string ResultFormat = "biobridge-schedule-result/1";

    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    internal static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static ScheduleInstance? ReadInstance(string path, List<string> errors) => Read<ScheduleInstance>(path, errors);

    public static ScheduleResult? ReadResult(string path, List<string> errors) => Read<ScheduleResult>(path, errors);

    public static ScheduleInstance? ParseInstance(string json, string name, List<string> errors) => Parse<ScheduleInstance>(json, name, errors);

    public static ScheduleResult? ParseResult(string json, string name, List<string> errors) => Parse<ScheduleResult>(json, name, errors);

    public static void WriteResult(string path, ScheduleResult result) =>
        File.WriteAllText(path, JsonSerializer.Serialize(result, Indented));

    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, indented ? Indented : Options);

    public static void WriteInstance(string path, ScheduleInstance instance) =>
        File.WriteAllText(path, JsonSerializer.Serialize(instance, Options));

    static T? Read<T>(string path, List<string> errors) where T : class
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add($"{path}: cannot read the file ({e.Message})");
            return null;
        }
        return Parse<T>(json, path, errors);
    }

    static T? Parse<T>(string json, string name, List<string> errors) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, Options);
            if (value is null)
                errors.Add($"{name}: the document is empty (null)");
            return value;
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } p ? $" at {p}" : "";
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : "";
            errors.Add($"{name}: invalid JSON{where}{line}: {FirstSentence(e.Message)}");
            return null;
        }
    }

    static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
