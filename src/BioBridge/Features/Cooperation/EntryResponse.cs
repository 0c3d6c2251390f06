namespace BioBridge.Features.Cooperation;

public sealed record EntryResponse(int Id, string Organization, string Name, string Stage, string Owner, string Notes, DateTime UpdatedAt, double Score);
