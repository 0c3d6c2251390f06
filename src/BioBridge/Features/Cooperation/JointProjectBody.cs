namespace BioBridge.Features.Cooperation;

public sealed record JointProjectBody(string? Title, string? Summary, string? Kind, string? Status, IReadOnlyList<string>? Partners,
    string? Agreement, int? MeetingId, DateOnly? StartedOn, DateOnly? EndsOn, decimal? Budget, string? BudgetCurrency,
    IReadOnlyList<MilestoneBody>? Milestones);
