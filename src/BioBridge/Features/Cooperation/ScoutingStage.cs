namespace BioBridge.Features.Cooperation;

/// <summary>Where an organization stands in an operator's scouting: stages in the order scouting goes.</summary>
public enum ScoutingStage { Discovered, Contacted, Evaluated, Introduced, Partnered }
