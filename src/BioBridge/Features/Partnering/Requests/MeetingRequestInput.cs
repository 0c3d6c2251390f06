namespace BioBridge.Features.Partnering;

public sealed record MeetingRequestInput(int FromDelegateId, int ToDelegateId, string? Message, int Priority, MeetingMode Mode);
