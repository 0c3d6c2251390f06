namespace BioBridge.Features.Partnering;

public sealed record DelegateRequests(IReadOnlyList<RequestItem> Incoming, IReadOnlyList<RequestItem> Outgoing);
