namespace BioBridge.Features.Cooperation;

public sealed record DashboardResult(
    DateOnly From, DateOnly To, string? Cluster, string? Agreement, string Query,
    Figure Organizations, IReadOnlyList<Figure> OrganizationsByCluster, IReadOnlyList<Figure> OrganizationsBySector,
    Figure Opportunities, Figure MeetingRequests, Figure MeetingsHeld, Figure FollowUps, Figure Introductions,
    Figure Deals, long DealValueUsdCents, IReadOnlyList<Figure> DealsByKind,
    Figure Projects, IReadOnlyList<Figure> ProjectsByStatus,
    Figure Commitments, Figure CommitmentsOnTime,
    IReadOnlyList<MonthFigures> Months, IReadOnlyList<Figure> Funnel);
