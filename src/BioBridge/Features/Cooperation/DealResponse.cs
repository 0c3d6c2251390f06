namespace BioBridge.Features.Cooperation;

public sealed record DealResponse(int Id, string Kind, string Title, decimal Amount, string Currency, decimal ValueUsd, DateOnly RateOn, DateOnly ClosedOn,
    string Source, int? MeetingId, int? IntroductionId, string? Agreement, IReadOnlyList<string> Parties, bool IsSample);
