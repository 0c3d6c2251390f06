namespace BioBridge.Features.Opportunities;

public sealed record OpportunityFilter(string? Text = null, OpportunityKind? Kind = null, string? Cluster = null, string? Concept = null,
    bool IncludeClosed = false);
