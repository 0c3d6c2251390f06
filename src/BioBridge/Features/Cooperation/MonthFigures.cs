namespace BioBridge.Features.Cooperation;

public sealed record MonthFigures(string Month, long MeetingRequests, long MeetingsHeld, long Deals, long DealValueUsdCents, string Href);
