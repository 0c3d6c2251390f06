namespace BioBridge.Features.Partnering;

public sealed record MeetingFollowUps(MeetingItem Meeting, FollowUpItem? First, FollowUpItem? Second);
