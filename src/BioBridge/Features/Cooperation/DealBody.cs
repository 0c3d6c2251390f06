namespace BioBridge.Features.Cooperation;

public sealed record DealBody(string? Kind, string? Title, decimal? Amount, string? Currency, DateOnly? ClosedOn,
    IReadOnlyList<string>? Parties, string? Source, int? MeetingId, int? IntroductionId, string? Agreement);
