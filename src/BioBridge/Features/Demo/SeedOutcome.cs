namespace BioBridge.Features.Demo;

public sealed record SeedOutcome(bool Seeded, string Message);
