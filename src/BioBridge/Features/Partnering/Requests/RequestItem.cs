namespace BioBridge.Features.Partnering;

public sealed record RequestItem(int Id, string Status, int Priority, string Mode, string Message, DelegateItem From, DelegateItem To,
    bool Mutual, DateTime CreatedAt, DateTime? AnsweredAt);
