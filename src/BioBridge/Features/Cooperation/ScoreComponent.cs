namespace BioBridge.Features.Cooperation;

public sealed record ScoreComponent(string Key, double Weight, double? Raw, double Points, string Basis);
