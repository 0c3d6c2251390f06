namespace BioBridge.Features.Publishing;

/// <summary>One quality check on a proposed revision; Detail is language-neutral (codes, counts, the phrase found).</summary>
public sealed record ChecklistItem(string Code, bool Passed, string? Detail);
