namespace BioBridge.Features.Partnering;

public sealed record PickSlotBody(string? Slot);
