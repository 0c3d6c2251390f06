namespace BioBridge.Features.Partnering;

public sealed record DemandItem(DelegateItem Delegate, int Sent, int Received, int Accepted, int Pending, int Declined, int Meetings);
