using BioBridge.Features.Events;

namespace BioBridge.Features.Partnering;

public sealed record SessionItem(SessionResponse Session, IReadOnlyList<DelegateItem> Speakers);
