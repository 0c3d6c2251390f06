namespace BioBridge.Shared;

/// <summary>A predictable stand-in for tests and offline demos: marks the text with the language pair.</summary>
public sealed class FakeTranslationService : ITranslationService
{
    public string Name => "fake";
    public bool TranslatesMarkup => false;

    public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct) => Task.FromResult($"[{from}→{to}] {text}");
}
