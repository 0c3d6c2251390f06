namespace BioBridge.Features.Opportunities;

/// <summary>The title and text in one more language, with its state (original, machine, verified).</summary>
public sealed record TranslationInput(string Language, string? Title, string? Body, TranslationState State = TranslationState.Original);
