namespace BioBridge.Features.Partnering;

/// <summary>An event's scheduling settings as the API and the set-up page show and take them: kebab-case names
/// (self-scheduling, half-day, buyer).</summary>
public sealed record SchedulingSettings(string Mode, string CapSession, int? MaxMeetingsPerSession, IReadOnlyDictionary<string, int>? MaxMeetingsPerType);
