namespace BioBridge.Features.Partnering;

public sealed record ProgramOutcome(int SessionsAdded, int ExhibitorsAdded, int ExhibitorsUpdated);
