namespace BioBridge.Features.Partnering;

/// <summary>A slot the pair of a request can take, with the table or room (and interpreter) it would get.</summary>
public sealed record FreeSlotItem(string Slot, DateOnly Day, TimeOnly Start, int Minutes, string Location, string LocationKind, string? Interpreter);
