namespace BioBridge.Features.Cooperation;

public sealed record ScoreResponse(string Organization, double Total, IReadOnlyList<ScoreComponent> Components);
