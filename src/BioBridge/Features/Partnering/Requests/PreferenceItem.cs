namespace BioBridge.Features.Partnering;

/// <summary>One other delegate as a hosted-buyer delegate sees them, with their own mark (null: not marked).</summary>
public sealed record PreferenceItem(DelegateItem Delegate, string? Level);
