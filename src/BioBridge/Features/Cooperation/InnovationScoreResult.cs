namespace BioBridge.Features.Cooperation;

public sealed record InnovationScoreResult(double Total, IReadOnlyList<ScoreComponent> Components);
