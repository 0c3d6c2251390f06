namespace BioBridge.Features.Partnering;

public sealed record MeetingStatusBody(string Status);
