namespace BioBridge.Shared;

/// <summary>
/// Texts a reader meets in another language (messages, submission titles, reviewer comments; blank text counts as the reader's own): each is translated into
/// the reader's language through the configured service and the translation memory (so the same text is paid for
/// once), or given back as written with the reason. Private text goes only where the PrivateText rule allows; a read
/// never fails because of the service.
/// </summary>
public sealed class ReadingTranslator(IMachineTranslator translator)
{
    /// <summary>Every distinct text as the reader gets it, keyed by the text. After one failure the rest are not tried, so a
    /// service that is down costs a page one timeout, not one per text.</summary>
    public async Task<IReadOnlyDictionary<string, ReadableText>> ReadAsync(IEnumerable<string> texts, string reader, TextPrivacy privacy,
        CancellationToken ct)
    {
        var read = new Dictionary<string, ReadableText>(StringComparer.Ordinal);
        var failed = false;
        foreach (var text in texts)
        {
            if (read.ContainsKey(text))
                continue;
            var language = string.IsNullOrWhiteSpace(text) ? reader : WrittenLanguage.Guess(text);
            var state = language == reader ? ReadingState.OwnLanguage
                : !translator.IsEnabled ? ReadingState.NoService
                : privacy == TextPrivacy.Private && !translator.TakesPrivateText ? ReadingState.Private
                : failed ? ReadingState.Failed
                : ReadingState.Translated;
            string? translation = null;
            if (state == ReadingState.Translated)
            {
                try
                {
                    translation = await translator.TranslateAsync(text, language, reader, [], ct);
                }
                catch (TranslationFailedException)
                {
                    (failed, state) = (true, ReadingState.Failed);
                }
            }
            read[text] = new ReadableText(text, language, translation, state);
        }
        return read;
    }
}
