namespace BioBridge.Features.Partnering;

public sealed record MoveInput(string Slot, string Location, string? Interpreter);
