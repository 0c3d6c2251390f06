namespace BioBridge.Shared;

/// <summary>One language version of a text and its state.</summary>
public sealed record TextVersion(string Text, TranslationState State);
