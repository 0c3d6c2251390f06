using BioBridge.Features.Directory;

namespace BioBridge.Features.Opportunities;

/// <summary>"We are interested": one organization answering another's opportunity, and the owner's reply.</summary>
public sealed class ExpressionOfInterest
{
    public int Id { get; private set; }
    public int OpportunityId { get; set; }
    public int OrganizationId { get; set; }
    public string? UserId { get; set; }
    public required string Message { get; set; }
    public InterestStatus Status { get; private set; }
    public string? Reply { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AnsweredAt { get; private set; }

    public Organization? Organization { get; private set; }

    public string? Answer(bool accept, string? reply, DateTime now)
    {
        if (Status != InterestStatus.Pending)
            return OpportunityText.Say($"Expression of interest {Id} was already answered ({Status}).");
        Status = accept ? InterestStatus.Accepted : InterestStatus.Declined;
        Reply = string.IsNullOrWhiteSpace(reply) ? null : reply.Trim();
        AnsweredAt = now;
        return null;
    }
}
