namespace BioBridge.Features.Partnering;

public sealed record Placement(EventSlot Slot, EventLocation Location, Interpreter? Interpreter);
