namespace BioBridge.Features.Partnering;

public sealed record SlotItem(string Code, DateOnly Day, TimeOnly Start, TimeOnly End, int Minutes);
