using BioBridge.Features.Accounts;

namespace BioBridge.Features.Reviews;

/// <summary>
/// A reviewer's assignment to a submission and, once submitted, their scores per criterion with comments. The applicant
/// sees the comments only when the organizer releases them.
/// </summary>
public sealed class Review
{
    public const int MaxCommentLength = FieldLengths.LongText;

    public int Id { get; private set; }
    public int SubmissionId { get; set; }
    public required string ReviewerId { get; init; }
    /// <summary>Set by the organizer by hand rather than by the automatic assignment.</summary>
    public bool Manual { get; init; }
    public DateTime AssignedAt { get; init; }
    public DateTime? SubmittedAt { get; private set; }
    public string? Comment { get; private set; }
    public bool Released { get; set; }
    public List<ReviewScore> Scores { get; set; } = [];

    public Submission? Submission { get; private set; }
    public AppUser? Reviewer { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>Records the scores: one per criterion of the rubric, each within its scale; final once submitted.</summary>
    public Outcome Score(IReadOnlyList<CallCriterion> rubric, IReadOnlyDictionary<int, (int Value, string? Comment)> scores, string? comment, DateTime now)
    {
        if (IsSubmitted)
            return Outcome.Conflict(ReviewText.Say($"Review {Id} was submitted on {SubmittedAt:yyyy-MM-dd HH:mm} UTC; submitted scores are final."));
        var errors = new Dictionary<string, string[]>();
        foreach (var c in rubric)
        {
            var field = $"scores[{c.Id}]";
            if (!scores.TryGetValue(c.Id, out var score))
                errors[field] = [ReviewText.Say($"Score criterion '{c.Name.Any()}'.")];
            else if (score.Value < c.ScaleMin || score.Value > c.ScaleMax)
                errors[field] = [ReviewText.Say($"The score of '{c.Name.Any()}' is {c.ScaleMin} to {c.ScaleMax}; {score.Value} is out of range.")];
            else if (score.Comment?.Length > MaxCommentLength)
                errors[field] = [ReviewText.Say($"A comment has at most {MaxCommentLength:N0} characters.")];
        }
        foreach (var unknown in scores.Keys.Where(k => rubric.All(c => c.Id != k)))
            errors[$"scores[{unknown}]"] = [ReviewText.Say($"Criterion {unknown} is not part of this call's rubric.")];
        if (comment?.Length > MaxCommentLength)
            errors["comment"] = [ReviewText.Say($"The comment has at most {MaxCommentLength:N0} characters.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);
        Scores = rubric.Select(c => new ReviewScore
        {
            CriterionId = c.Id,
            Value = scores[c.Id].Value,
            Comment = string.IsNullOrWhiteSpace(scores[c.Id].Comment) ? null : scores[c.Id].Comment!.Trim(),
        }).ToList();
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        SubmittedAt = now;
        return Outcome.Ok;
    }
}
