namespace BioBridge.Features.Partnering;

/// <summary>A request as its receiver sees it when self-scheduling: who asks, and the slots free for both.</summary>
public sealed record FreeSlots(int RequestId, string Status, string Mode, string Message, DelegateItem From, DelegateItem To,
    IReadOnlyList<FreeSlotItem> Slots);
