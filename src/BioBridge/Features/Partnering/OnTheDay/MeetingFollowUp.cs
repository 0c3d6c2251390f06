namespace BioBridge.Features.Partnering;

/// <summary>
/// The one-minute follow-up one side of a meeting gives after it: did it happen, how interested they are in next
/// steps, and what kind of cooperation it may lead to. One per meeting side, editable by that side; cooperation
/// tracking counts them, so the codes below are stored exactly as written.
/// </summary>
public sealed class MeetingFollowUp
{
    /// <summary>Room for the codes of Interests.</summary>
    public const int MaxInterestLength = 10;
    /// <summary>Room for the codes of OutcomeTypes.</summary>
    public const int MaxOutcomeTypeLength = 30;

    /// <summary>Codes of <see cref="NextStepInterest"/>.</summary>
    public static readonly string[] Interests = ["none", "maybe", "yes"];

    /// <summary>Codes of <see cref="OutcomeType"/>.</summary>
    public static readonly string[] OutcomeTypes =
        ["none", "licensing", "distribution", "joint-venture", "investment", "co-development", "supply", "talent-exchange"];

    public const int NoteLimit = 1000;

    public int Id { get; private set; }
    public int MeetingId { get; set; }
    /// <summary>The side that answers: one of the meeting's two delegates.</summary>
    public int DelegateId { get; set; }
    public bool Happened { get; set; }
    public string NextStepInterest { get; set; } = "none";
    public string OutcomeType { get; set; } = "none";
    public string? Note { get; set; }
    public DateTime SubmittedAt { get; set; }
}
