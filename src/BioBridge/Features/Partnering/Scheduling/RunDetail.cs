namespace BioBridge.Features.Partnering;

public sealed record RunDetail(RunItem Run, IReadOnlyList<MeetingItem> Proposed, IReadOnlyList<UnmetItem> Unmet);
