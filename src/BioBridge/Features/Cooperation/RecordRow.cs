namespace BioBridge.Features.Cooperation;

public sealed record RecordRow(string Title, string? Date, string? Detail, string? Href, bool IsSample);
