namespace BioBridge.Features.Partnering;

public sealed record InterpreterInput(string Name, IReadOnlyList<string> Languages, int? MaxMeetings, IReadOnlyList<string>? UnavailableSlots);
