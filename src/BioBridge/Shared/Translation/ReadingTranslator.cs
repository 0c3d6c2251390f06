namespace BioBridge.Shared;

/// <summary>
/// Texts a reader meets in another language (messages, submission titles, reviewer comments; blank text counts as the reader's own): each is translated into
/// the reader's language through the configured service and the translation memory (so the same text is paid for
/// once), or given back as written with the reason. Private text goes only where the PrivateText rule allows; a read
/// never fails because of the service.
/// </summary>
public sealed class ReadingTranslator(IMachineTranslator translator)
{
    /// <summary>Every distinct text as the reader gets it, keyed by the text. A page's foreign texts go together: the
    /// memory is asked once for all of them, the service only for the rest, and after one failure the rest are not
    /// sent, so a service that is down costs a page one timeout, not one per text.</summary>
    public async Task<IReadOnlyDictionary<string, ReadableText>> ReadAsync(IEnumerable<string> texts, string reader, TextPrivacy privacy,
        CancellationToken ct)
    {
        var written = texts.Distinct(StringComparer.Ordinal)
            .Select(text => (Text: text, From: string.IsNullOrWhiteSpace(text) ? reader : WrittenLanguage.Guess(text))).ToList();
        var foreign = written.Where(t => t.From != reader).ToList();
        var state = !translator.IsEnabled ? ReadingState.NoService
            : privacy == TextPrivacy.Private && !translator.TakesPrivateText ? ReadingState.Private
            : ReadingState.Translated;
        var translations = state == ReadingState.Translated && foreign.Count > 0
            ? await translator.TranslateManyAsync(foreign, reader, ct) : new string?[foreign.Count];
        var read = written.ToDictionary(t => t.Text, t => new ReadableText(t.Text, t.From, null, ReadingState.OwnLanguage), StringComparer.Ordinal);
        for (var i = 0; i < foreign.Count; i++)
            read[foreign[i].Text] = new ReadableText(foreign[i].Text, foreign[i].From, translations[i],
                state == ReadingState.Translated && translations[i] is null ? ReadingState.Failed : state);
        return read;
    }
}
