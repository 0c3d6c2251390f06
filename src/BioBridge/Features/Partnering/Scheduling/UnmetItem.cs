namespace BioBridge.Features.Partnering;

public sealed record UnmetItem(int RequestId, DelegateItem First, DelegateItem Second, string Reason);
