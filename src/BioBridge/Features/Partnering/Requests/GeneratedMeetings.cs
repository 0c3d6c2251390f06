namespace BioBridge.Features.Partnering;

/// <summary>What generating from preferences did: pairs wanted by at least one side, pairs kept apart by a "no thanks",
/// requests created or accepted on the pairs' behalf, and the scheduling run queued to place them.</summary>
public sealed record GeneratedMeetings(int WantedPairs, int NoThanksPairs, int RequestsCreated, int RequestsAccepted, int RunId);
