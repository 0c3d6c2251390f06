using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>A short text (an offer, a need, a field) with the language it is written in and the taxonomy concepts it names.</summary>
public sealed record BridgedPhrase(string Text, string Language, IReadOnlyList<Concept> Concepts)
{
    /// <summary>
    /// The concepts come from the ConceptExtractor search uses (every label and synonym in ko, zh and en), so a reader
    /// of any language gets the phrase's meaning as concept labels in their own language even with no translation service.
    /// </summary>
    public static BridgedPhrase Of(string text, ConceptExtractor extractor) =>
        new(text, WrittenLanguage.Guess(text), extractor.Extract(text).Select(m => m.Concept).DistinctBy(c => c.Code).ToList());
}
