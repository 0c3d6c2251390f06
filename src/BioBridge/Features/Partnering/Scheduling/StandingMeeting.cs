namespace BioBridge.Features.Partnering;

/// <summary>A stored meeting as a placement sees it: where it is, and whose seats it takes.</summary>
sealed record StandingMeeting(int Id, int SlotId, int LocationId, int? InterpreterId, MeetingMode Mode, List<int> DelegateIds);
