using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// One cluster's operator introduces a member organization to the other cluster's operator, optionally for a named
/// organization there; the receiving operator accepts (and arranges contact) or declines.
/// </summary>
public sealed class Introduction
{
    public const int MaxNoteLength = 2000;

    public int Id { get; private set; }
    public required string FromClusterId { get; set; }
    public required string ToClusterId { get; set; }
    public int OrganizationId { get; set; }
    public int? ForOrganizationId { get; set; }
    public string Note { get; set; } = "";
    public IntroductionStatus Status { get; set; }
    public string? IntroducedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public bool IsSample { get; set; }

    public Organization? Organization { get; private set; }
    public Organization? ForOrganization { get; private set; }

    public Outcome Answer(bool accept, string? operatorClusterId, bool isAdmin, DateTime now)
    {
        if (!isAdmin && operatorClusterId != ToClusterId)
            return Outcome.Forbidden(CooperationText.Say($"Introduction {Id} is addressed to the {ToClusterId} operators."));
        if (Status != IntroductionStatus.Proposed)
            return Outcome.Conflict(CooperationText.Say($"Introduction {Id} was already answered ({Status})."));
        Status = accept ? IntroductionStatus.Accepted : IntroductionStatus.Declined;
        AnsweredAt = now;
        return Outcome.Ok;
    }
}
