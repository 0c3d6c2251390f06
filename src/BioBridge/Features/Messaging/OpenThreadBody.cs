namespace BioBridge.Features.Messaging;

public sealed record OpenThreadBody(int? MeetingRequestId, int? InterestId);
