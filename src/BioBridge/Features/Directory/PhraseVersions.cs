namespace BioBridge.Features.Directory;

/// <summary>
/// An organization's offers or needs in each language, as the API gives description versions: the list as written
/// (state original, in the language guessed from its script) and the translation queue's machine drafts of it.
/// </summary>
public sealed record PhraseVersions(PhraseListVersion? Ko, PhraseListVersion? Zh, PhraseListVersion? En)
{
    /// <summary>A list as written and its machine translation into each language (null where there is none).</summary>
    public static PhraseVersions Of(IReadOnlyList<string> written, Func<string, IReadOnlyList<string>?> machine)
    {
        var original = written.Count == 0 ? null : WrittenLanguage.Guess(string.Concat(written));
        PhraseListVersion? In(string language) => language == original ? new(written, TranslationState.Original)
            : machine(language) is { } translated ? new(translated, TranslationState.Machine)
            : null;
        return new(In("ko"), In("zh"), In("en"));
    }
}
