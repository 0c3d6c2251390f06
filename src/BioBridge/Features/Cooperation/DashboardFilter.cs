namespace BioBridge.Features.Cooperation;

/// <summary>What the dashboard is asked for: a period (inclusive dates), a cluster and/or an agreement; all optional.</summary>
public sealed record DashboardFilter(DateOnly? From = null, DateOnly? To = null, string? Cluster = null, string? Agreement = null);
