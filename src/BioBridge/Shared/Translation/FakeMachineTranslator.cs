namespace BioBridge.Shared;

/// <summary>A predictable stand-in for tests and offline demos: marks the text with the language pair.</summary>
public sealed class FakeMachineTranslator : IMachineTranslator
{
    public bool IsEnabled => true;

    public Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct) => Task.FromResult($"[{from}→{to}] {text}");
}
