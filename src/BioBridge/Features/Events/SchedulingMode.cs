namespace BioBridge.Features.Events;

/// <summary>
/// How an event's meetings get their slots, chosen by the organizer: the organizer runs the scheduler over accepted
/// requests (automatic); the receiver picks a slot free for both when accepting (self-scheduling); or delegates mark
/// preferences and the organizer generates the meetings from them through the scheduler (hosted-buyer).
/// </summary>
public enum SchedulingMode { Automatic, SelfScheduling, HostedBuyer }
