namespace BioBridge.Scheduling;

/// <summary>A rule a meeting's place breaks, with the participant, location or interpreter (instance ids) it concerns.</summary>
public sealed record PlacementConflict(PlacementRule Rule, string? Participant = null, string? Location = null, string? Interpreter = null);
