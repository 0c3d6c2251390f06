using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record SessionItem(SessionResponse Session, IReadOnlyList<DelegateItem> Speakers);
