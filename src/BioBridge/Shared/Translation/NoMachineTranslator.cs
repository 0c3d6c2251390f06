using BioBridge.Language;

namespace BioBridge.Shared;

/// <summary>The default: no provider, nothing sent anywhere.</summary>
public sealed class NoMachineTranslator : IMachineTranslator
{
    public bool IsEnabled => false;
    public bool TakesPrivateText => false;

    public Task<string> TranslateAsync(string text, string from, string to, IReadOnlyCollection<LocalizedText> names, CancellationToken ct) =>
        throw new InvalidOperationException("Machine translation is not configured.");
}
