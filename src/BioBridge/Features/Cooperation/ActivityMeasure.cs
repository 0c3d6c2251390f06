namespace BioBridge.Features.Cooperation;

/// <summary>The partnering streams the dashboard would otherwise count over millions of rows.</summary>
public enum ActivityMeasure { MeetingRequests, MeetingsHeld, FollowUps }
