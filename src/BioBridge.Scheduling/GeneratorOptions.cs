namespace BioBridge.Scheduling;

public sealed record GeneratorOptions
{
    public int Participants { get; init; } = 120;
    public int Requests { get; init; } = 400;
    public int Days { get; init; } = 1;
    public int SlotsPerDay { get; init; } = 12;
    public int Tables { get; init; } = 20;
    public int Interpreters { get; init; } = 4;

    /// <summary>Share of participants who also speak English (the rest speak only their community's language).</summary>
    public double EnglishShare { get; init; } = 0.55;

    /// <summary>Share of requests that cross the two communities (the point of a partnering event).</summary>
    public double CrossShare { get; init; } = 0.6;

    public double VirtualShare { get; init; } = 0.15;
    public double PartlyUnavailableShare { get; init; } = 0.3;
    public double CappedShare { get; init; } = 0.2;
    public double RestrictedShare { get; init; } = 0.05;
    public double FixedShare { get; init; }
    public int Seed { get; init; } = 1;

    public static GeneratorOptions Preset(string name, int seed = 1) => name switch
    {
        "tiny" => new() { Participants = 12, Requests = 24, SlotsPerDay = 6, Tables = 3, Interpreters = 1, Seed = seed },
        "small" => new() { Seed = seed },
        "medium" => new() { Participants = 1_500, Requests = 5_000, Days = 2, SlotsPerDay = 16, Tables = 150, Interpreters = 12, Seed = seed },
        "event" => new() { Participants = 20_000, Requests = 60_000, Days = 3, SlotsPerDay = 16, Tables = 1_000, Interpreters = 40, Seed = seed },
        _ => throw new ArgumentException($"unknown preset \"{name}\" (tiny, small, medium, event)", nameof(name)),
    };
}
