namespace BioBridge.Features.Partnering;

public sealed record PartnerSuggestionItem(DelegateItem Delegate, double Score, IReadOnlyList<string> Reasons);
