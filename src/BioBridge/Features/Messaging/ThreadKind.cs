namespace BioBridge.Features.Messaging;

public enum ThreadKind { MeetingRequest, Opportunity, Broadcast }
