using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record NotificationItem(int Id, string Kind, string Text, string? About, DateTime CreatedAt, bool Read);
