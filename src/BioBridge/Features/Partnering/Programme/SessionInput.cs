namespace BioBridge.Features.Partnering;

/// <summary>An agenda session; Speakers are delegate ids of the event, whose meeting slots during it become unavailable.</summary>
public sealed record SessionInput(string Kind, string? TitleKo, string? TitleZh, string? TitleEn, DateOnly Day, TimeOnly Starts, TimeOnly Ends,
    string? Room, IReadOnlyList<int>? Speakers);
