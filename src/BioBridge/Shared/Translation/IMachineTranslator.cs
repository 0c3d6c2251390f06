using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// Drafts a translation between ko, zh and en with the glossary enforced. Drafts are marked "machine" until the
/// organization verifies them. Off by default: nothing leaves the server unless a provider is configured (docs/translation.md).
/// </summary>
public interface IMachineTranslator
{
    bool IsEnabled { get; }

    /// <summary>Whether private or unpublished text may be sent to this service (the PrivateText rule).</summary>
    bool TakesPrivateText { get; }

    /// <summary>
    /// Names (each in its languages) are never translated: each comes out as its version in the target language, else
    /// as written. A service failure throws TranslationFailedException.
    /// </summary>
    Task<string> TranslateAsync(string text, string from, string to, IReadOnlyCollection<LocalizedText> names, CancellationToken ct);

    /// <summary>
    /// A page's texts (each with its language, no names) into the reader's language at once: what the translation
    /// memory knows costs one lookup for all, only the rest goes to the service. Null where the service failed (the
    /// rest are then not sent).
    /// </summary>
    Task<IReadOnlyList<string?>> TranslateManyAsync(IReadOnlyList<(string Text, string From)> texts, string to, CancellationToken ct);
}
