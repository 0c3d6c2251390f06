namespace BioBridge.Scheduling;

/// <summary>A feasibility rule of docs/contracts.md section 3 that a meeting's place can break.</summary>
public enum PlacementRule
{
    /// <summary>The slot is not among the meeting's allowedSlots.</summary>
    SlotNotAllowed,
    ParticipantUnavailable,
    /// <summary>The participant has another meeting at the slot.</summary>
    ParticipantBusy,
    /// <summary>The participant already has maxMeetings meetings.</summary>
    ParticipantFull,
    /// <summary>The participant already has the most meetings the slot's session allows.</summary>
    SessionFull,
    /// <summary>An onsite meeting away from a table, or a virtual one at a table.</summary>
    WrongLocationKind,
    /// <summary>The table hosts another meeting at the slot.</summary>
    TableTaken,
    /// <summary>The participants share no language and the meeting has no interpreter.</summary>
    InterpreterNeeded,
    /// <summary>The interpreter speaks no language of one participant.</summary>
    InterpreterLanguages,
    InterpreterUnavailable,
    /// <summary>The interpreter is in another meeting at the slot.</summary>
    InterpreterBusy,
    /// <summary>The interpreter already has maxMeetings meetings.</summary>
    InterpreterFull,
}
