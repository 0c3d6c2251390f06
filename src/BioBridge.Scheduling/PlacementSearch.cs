namespace BioBridge.Scheduling;

/// <summary>The places a meeting can take (in slot order), or why it can take none.</summary>
public sealed record PlacementSearch(IReadOnlyList<Assignment> Places, UnplacedReason? Reason);
