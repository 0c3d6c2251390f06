namespace BioBridge.Features.Cooperation;

public sealed record RecordPage(string Kind, string? Facet, long Total, int Page, int PageSize, IReadOnlyList<RecordRow> Rows);
