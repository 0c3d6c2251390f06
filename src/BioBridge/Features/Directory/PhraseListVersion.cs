namespace BioBridge.Features.Directory;

/// <summary>One language version of a phrase list and its state.</summary>
public sealed record PhraseListVersion(IReadOnlyList<string> Phrases, TranslationState State);
