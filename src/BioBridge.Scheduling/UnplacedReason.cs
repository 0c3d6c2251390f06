namespace BioBridge.Scheduling;

/// <summary>Why a meeting has no place in a schedule that stands, in the order the search finds out.</summary>
public enum UnplacedReason
{
    /// <summary>A participant already has maxMeetings meetings.</summary>
    ParticipantFull,
    /// <summary>The participants share no language and no interpreter speaks a language of each.</summary>
    NoInterpreter,
    /// <summary>The instance has no location of the meeting's kind (a table for onsite, a virtual one otherwise).</summary>
    NoLocation,
    /// <summary>At every slot where all participants are free, a table or every interpreter it could have is taken.</summary>
    NoFreeLocation,
    /// <summary>Where all participants are free, one of them is at their session's cap.</summary>
    SessionFull,
    /// <summary>No slot has every participant available and without a meeting.</summary>
    NoCommonFreeSlot,
}
