using System.Text.Json;
using BioBridge.Features.Directory;

namespace BioBridge.Features.Publishing;

/// <summary>
/// A member's proposed profile or opportunity, waiting in the vetting queue of the organization's own cluster.
/// The published version stays as it is until an operator of that cluster approves; a rejection keeps it too.
/// </summary>
public sealed class Revision
{
    /// <summary>The vetting checklist answers, packed in one column.</summary>
    public const int MaxChecklistLength = 400;

    public int Id { get; private set; }
    public int OrganizationId { get; set; }
    public int? OpportunityId { get; set; }
    public RevisionKind Kind { get; set; }
    public RevisionStatus Status { get; private set; }
    /// <summary>The proposed content as JSON (ProfileContent or OpportunityContent): applied as a whole on approval.</summary>
    public required string Content { get; set; }
    public string? SubmittedByUserId { get; set; }
    public DateTime SubmittedAt { get; set; }
    public string? ReviewedByUserId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    /// <summary>The operator's comment: why it was rejected, or a note on approval.</summary>
    public string? Comment { get; private set; }
    /// <summary>The checklist items the operator confirmed, ";"-separated codes.</summary>
    public string? Checklist { get; private set; }

    public Organization? Organization { get; private set; }

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Revision Of(ProfileContent content) => new() { Kind = RevisionKind.Profile, Content = JsonSerializer.Serialize(content, Json) };
    public static Revision Of(OpportunityContent content) => new() { Kind = RevisionKind.Opportunity, Content = JsonSerializer.Serialize(content, Json) };

    public ProfileContent? Profile => Kind == RevisionKind.Profile ? JsonSerializer.Deserialize<ProfileContent>(Content, Json) : null;
    public OpportunityContent? Opportunity => Kind == RevisionKind.Opportunity ? JsonSerializer.Deserialize<OpportunityContent>(Content, Json) : null;

    public Outcome Approve(string reviewerId, IEnumerable<string> checklist, string? comment, DateTime now) =>
        Decide(RevisionStatus.Approved, reviewerId, comment, now, string.Join(';', checklist));

    public Outcome Reject(string reviewerId, string comment, DateTime now) => Decide(RevisionStatus.Rejected, reviewerId, comment, now, null);

    /// <summary>A newer proposal of the same organization replaces this one in the queue.</summary>
    public void Supersede() => Status = Status == RevisionStatus.Pending ? RevisionStatus.Superseded : Status;

    Outcome Decide(RevisionStatus status, string reviewerId, string? comment, DateTime now, string? checklist)
    {
        if (Status != RevisionStatus.Pending)
            return Outcome.Conflict(PublishingText.Say($"Revision {Id} is {Status.ToString().ToLowerInvariant()}; only pending revisions are approved or rejected."));
        if (comment?.Trim().Length > FieldLengths.LongText)
            return Outcome.Invalid("comment", PublishingText.Say($"The comment has at most {FieldLengths.LongText:N0} characters."));
        (Status, ReviewedByUserId, ReviewedAt, Comment, Checklist) = (status, reviewerId, now, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), checklist);
        return Outcome.Ok;
    }
}
