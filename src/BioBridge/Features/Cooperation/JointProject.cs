namespace BioBridge.Features.Cooperation;

/// <summary>
/// An R&D or business project between organizations of both clusters, linked to the agreement it serves and/or the
/// partnering meeting that started it.
/// </summary>
public sealed class JointProject
{
    public const int MaxTitleLength = FieldLengths.Title;

    public int Id { get; private set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public ProjectKind Kind { get; set; }
    public ProjectStatus Status { get; set; }
    public int? AgreementId { get; set; }
    public int? MeetingId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public decimal? Budget { get; set; }
    public string? BudgetCurrency { get; set; }
    public bool IsSample { get; set; }
    public List<ProjectPartner> Partners { get; set; } = [];
    public List<Milestone> Milestones { get; set; } = [];
}
