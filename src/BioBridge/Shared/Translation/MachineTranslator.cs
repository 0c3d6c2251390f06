using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>
/// The configured service behind the glossary: terms and names are protected on the way out and substituted on the way
/// back; a service with its own term glossary gets the terms as they are and only the names protected. TakesPrivateText
/// is the PrivateText rule applied to the configuration.
/// </summary>
public sealed class MachineTranslator(ITranslationService service, Glossary glossary, bool takesPrivateText = true) : IMachineTranslator
{
    public bool IsEnabled => true;
    public bool TakesPrivateText => takesPrivateText;

    public async Task<string> TranslateAsync(string text, string from, string to, IReadOnlyCollection<LocalizedText> names, CancellationToken ct)
    {
        var terms = glossary.Protect(text, from, to, names, await service.TermGlossaryAsync(from, to, ct) is null);
        if (!terms.NeedsService)
            return terms.WithTargetTerms();
        var translated = await service.TranslateAsync(terms.Render(service.TranslatesMarkup), from, to, ct);
        return terms.Restore(translated, service.TranslatesMarkup, service.Name);
    }

    public async Task<IReadOnlyList<string?>> TranslateManyAsync(IReadOnlyList<(string Text, string From)> texts, string to, CancellationToken ct)
    {
        var glossaries = await service.TermGlossariesAsync(texts.Select(t => t.From), to, ct);
        var terms = texts.Select(t => glossary.Protect(t.Text, t.From, to, [], glossaries[t.From] is null)).ToList();
        var translated = terms.Select(t => t.NeedsService ? null : t.WithTargetTerms()).ToArray();
        var sent = Enumerable.Range(0, texts.Count).Where(i => terms[i].NeedsService).ToList();
        var answers = await service.TranslateManyAsync(sent.Select(i => (terms[i].Render(service.TranslatesMarkup), texts[i].From)).ToList(), to, ct);
        for (var k = 0; k < sent.Count; k++)
            translated[sent[k]] = answers[k] is { } answer ? Restored(terms[sent[k]], answer) : null;
        return translated;
    }

    /// <summary>An answer that lost a glossary term counts as a failure of that text alone.</summary>
    string? Restored(ProtectedText terms, string answer)
    {
        try
        {
            return terms.Restore(answer, service.TranslatesMarkup, service.Name);
        }
        catch (TranslationFailedException)
        {
            return null;
        }
    }
}
