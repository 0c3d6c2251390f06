namespace BioBridge.Features.Cooperation;

public sealed record ProjectResponse(int Id, string Title, string? Summary, string Kind, string Status, string? Agreement, int? MeetingId,
    DateOnly StartedOn, DateOnly? EndsOn, decimal? Budget, string? BudgetCurrency, IReadOnlyList<string> Partners, IReadOnlyList<MilestoneResponse> Milestones, bool IsSample);
