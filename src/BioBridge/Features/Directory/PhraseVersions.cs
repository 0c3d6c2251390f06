namespace BioBridge.Features.Directory;

/// <summary>
/// An organization's offers or needs in each language, as the API gives description versions: the list as written
/// (state original, in the language guessed from its script) and the translation queue's machine drafts of it.
/// </summary>
public sealed record PhraseVersions(PhraseListVersion? Ko, PhraseListVersion? Zh, PhraseListVersion? En)
{
    /// <summary>The field ("offers", "needs") of an organization as this reader sees it: empty when the pipeline group is hidden.</summary>
    public static PhraseVersions Of(Organization o, string field)
    {
        var written = field == "offers" ? o.Offers : o.Needs;
        var original = written.Count == 0 ? null : WrittenLanguage.Guess(string.Concat(written));
        PhraseListVersion? In(string language) => language == original ? new(written, TranslationState.Original)
            : o.MachinePhrases(field, language) is { } machine ? new(machine, TranslationState.Machine)
            : null;
        return new(In("ko"), In("zh"), In("en"));
    }
}
