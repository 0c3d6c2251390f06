namespace BioBridge.Features.Partnering;

/// <summary>One meeting of the instance: an accepted pair of delegates, keyed by its first accepted request.</summary>
public sealed record PairMeeting(string Id, int KeyRequestId, int FirstDelegateId, int SecondDelegateId, MeetingMode Mode, double Weight,
    Meeting? Kept);
