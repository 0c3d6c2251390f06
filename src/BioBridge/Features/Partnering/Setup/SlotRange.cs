namespace BioBridge.Features.Partnering;

/// <summary>Meeting slots from..to (local time of the event), each <c>Minutes</c> long.</summary>
public sealed record SlotRange(DateOnly Day, TimeOnly From, TimeOnly To, int Minutes);
