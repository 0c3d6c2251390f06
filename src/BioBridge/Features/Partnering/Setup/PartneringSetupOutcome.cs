namespace BioBridge.Features.Partnering;

public sealed record PartneringSetupOutcome(int SlotsAdded, int LocationsAdded, int InterpretersAdded);
