namespace BioBridge.Tests.Translation;

/// <summary>A translation service whose answer the test writes; it records what it was sent.</summary>
public sealed class ScriptedService(Func<string, string> translate, bool markup = false) : ITranslationService
{
    public List<string> Sent { get; } = [];
    public string Name => "scripted";
    public bool TranslatesMarkup => markup;

    public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct)
    {
        Sent.Add(text);
        return Task.FromResult(translate(text));
    }
}
