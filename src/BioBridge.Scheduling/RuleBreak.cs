namespace BioBridge.Scheduling;

/// <summary>
/// A rule one meeting breaks, in dense indices. Subject is the participant, location or interpreter the rule is
/// about (-1 for the meeting itself); Other is the meeting already booked there (busy, taken), the session
/// (<see cref="PlacementRule.SessionFull"/>) or the participant an interpreter cannot speak with.
/// </summary>
readonly record struct RuleBreak(PlacementRule Rule, int Subject = -1, int Other = -1);
