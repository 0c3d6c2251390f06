namespace BioBridge.Features.Cooperation;

/// <summary>A count (or a sum) and the link to the records behind it.</summary>
public sealed record Figure(string Key, string Label, long Value, string Href);
