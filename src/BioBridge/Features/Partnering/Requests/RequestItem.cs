using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record RequestItem(int Id, string Status, int Priority, string Mode, string Message, DelegateItem From, DelegateItem To,
    bool Mutual, DateTime CreatedAt, DateTime? AnsweredAt);
