namespace BioBridge.Features.Partnering;

public sealed record MeetingRequestBody(int FromDelegateId, int ToDelegateId, string? Message, int? Priority, string? Mode);
