namespace BioBridge.Features.Cooperation;

/// <summary>What a party promised under an agreement, by whom and by when.</summary>
public sealed class Commitment
{
    public const int MaxTitleLength = FieldLengths.Title;

    public int Id { get; private set; }
    public int AgreementId { get; set; }
    public required string Title { get; set; }
    /// <summary>The person or office answerable for it, as the parties name them.</summary>
    public required string Owner { get; set; }
    /// <summary>The cluster whose side owns it; null for a joint commitment.</summary>
    public string? OwnerClusterId { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public bool IsSample { get; set; }

    public CommitmentStatus StatusOn(DateOnly today) => CompletedOn switch
    {
        { } done when done <= DueOn => CommitmentStatus.DoneOnTime,
        not null => CommitmentStatus.DoneLate,
        null when today > DueOn => CommitmentStatus.Overdue,
        _ => CommitmentStatus.Open,
    };

    /// <summary>On time: done by the due date, or still open and not yet due.</summary>
    public static bool IsOnTime(CommitmentStatus status) => status is CommitmentStatus.Open or CommitmentStatus.DoneOnTime;

    public static Outcome Validate(string? title, string? owner, DateOnly? dueOn, DateOnly? completedOn)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length < 3)
            errors["title"] = [CooperationText.Say("The title says what was promised, in at least 3 characters.")];
        else if (title.Trim().Length > MaxTitleLength)
            errors["title"] = [CooperationText.Say($"The title has at most {MaxTitleLength} characters.")];
        if (string.IsNullOrWhiteSpace(owner))
            errors["owner"] = [CooperationText.Say("Name the person or office that owns the commitment.")];
        if (dueOn is null)
            errors["dueOn"] = [CooperationText.Say("A commitment has a due date (yyyy-MM-dd).")];
        if (completedOn is { } done && done.Year < 2000)
            errors["completedOn"] = [CooperationText.Say("The completion date is not plausible.")];
        return errors.Count > 0 ? Outcome.Invalid(errors) : Outcome.Ok;
    }
}
