namespace BioBridge.Shared;

/// <summary>
/// Drafts a translation between ko, zh and en. Drafts are marked "machine" until the organization verifies
/// them. Off by default: nothing leaves the server unless a provider is configured (docs/publishing.md).
/// </summary>
public interface IMachineTranslator
{
    bool IsEnabled { get; }
    Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);
}
