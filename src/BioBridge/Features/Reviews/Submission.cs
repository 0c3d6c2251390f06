using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

/// <summary>
/// An organization's nomination or proposal to a call (with its consortium partners for joint R&amp;D): a draft until
/// submitted before the deadline, withdrawable until decided; the organizer's decision is what the applicant receives.
/// </summary>
public sealed class Submission
{
    public const int MaxTitleLength = FieldLengths.Title;
    public const int MaxSummaryLength = FieldLengths.DocumentText;

    public int Id { get; private set; }
    public int CallId { get; set; }
    /// <summary>The applicant, or the consortium's lead organization.</summary>
    public int OrganizationId { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public SubmissionStatus Status { get; private set; }
    public Decision Decision { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    /// <summary>The cooperation project a funded joint R&amp;D proposal became.</summary>
    public int? JointProjectId { get; set; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public List<SubmissionPartner> Partners { get; set; } = [];
    public List<SubmissionAttachment> Attachments { get; set; } = [];

    public Call? Call { get; private set; }
    public Organization? Organization { get; private set; }

    public Outcome Edit(string? title, string? summary, DateTime now)
    {
        if (Status != SubmissionStatus.Draft)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} is {Status.ToString().ToLowerInvariant()}; only drafts can be edited."));
        var errors = new Dictionary<string, string[]>();
        var t = title?.Trim() ?? "";
        var s = summary?.Trim() ?? "";
        if (t.Length == 0)
            errors["title"] = [ReviewText.Say("The title is required.")];
        else if (t.Length > MaxTitleLength)
            errors["title"] = [ReviewText.Say($"The title has at most {MaxTitleLength} characters.")];
        if (s.Length > MaxSummaryLength)
            errors["summary"] = [ReviewText.Say($"The summary has at most {MaxSummaryLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        Title = t;
        Summary = s;
        UpdatedAt = now;
        return Outcome.Ok;
    }

    /// <summary>Submits a draft: by server time, at the deadline second at the latest, and only when eligible.</summary>
    public Outcome Submit(Call call, IReadOnlyList<string> eligibilityProblems, DateTimeOffset now)
    {
        if (Status != SubmissionStatus.Draft)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} is {Status.ToString().ToLowerInvariant()}; only drafts can be submitted."));
        if (!CallRules.IsOpen(call.DeadlineUtc, now))
            return Outcome.Conflict(CallRules.LateMessage(call.DeadlineUtc, call.TimeZone));
        if (eligibilityProblems.Count > 0)
            return Outcome.Invalid("partners", string.Join(" ", eligibilityProblems));
        if (string.IsNullOrWhiteSpace(Summary))
            return Outcome.Invalid("summary", ReviewText.Say("Write a summary before submitting."));
        Status = SubmissionStatus.Submitted;
        SubmittedAt = now.UtcDateTime;
        UpdatedAt = now.UtcDateTime;
        return Outcome.Ok;
    }

    public Outcome Withdraw(DateTime now)
    {
        if (Status == SubmissionStatus.Withdrawn)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} is already withdrawn."));
        if (Decision != Decision.None)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} has been decided ({Decision.ToString().ToLowerInvariant()}); it can no longer be withdrawn."));
        Status = SubmissionStatus.Withdrawn;
        WithdrawnAt = now;
        UpdatedAt = now;
        return Outcome.Ok;
    }

    public Outcome Decide(Decision decision, string? note, DateTime now)
    {
        if (Status != SubmissionStatus.Submitted)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} is {Status.ToString().ToLowerInvariant()}; only submitted ones are decided."));
        if (decision == Decision.None)
            return Outcome.Invalid("decision", ReviewText.Say("The decision is funded, rejected or waitlist."));
        if (JointProjectId is { } project && decision != Decision.Funded)
            return Outcome.Conflict(ReviewText.Say($"Submission {Id} is funded and became joint project {project}; change the project in cooperation tracking instead."));
        if (note?.Length > MaxSummaryLength)
            return Outcome.Invalid("note", ReviewText.Say($"The note has at most {MaxSummaryLength:N0} characters."));
        Decision = decision;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DecidedAt = now;
        UpdatedAt = now;
        return Outcome.Ok;
    }
}
