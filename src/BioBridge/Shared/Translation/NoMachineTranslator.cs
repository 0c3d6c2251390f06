using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>The default: no provider, nothing sent anywhere.</summary>
public sealed class NoMachineTranslator : IMachineTranslator
{
    public bool IsEnabled => false;
    public bool TakesPrivateText => false;

    public Task<string> TranslateAsync(string text, string from, string to, IReadOnlyCollection<LocalizedText> names, CancellationToken ct) =>
        throw NotConfigured();

    public Task<IReadOnlyList<string?>> TranslateManyAsync(IReadOnlyList<(string Text, string From)> texts, string to, CancellationToken ct) =>
        throw NotConfigured();

    static InvalidOperationException NotConfigured() => new("Machine translation is not configured.");
}
