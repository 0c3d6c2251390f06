using BioBridge.Data;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.Extensions.Localization;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record MeetingItem(int Id, string Slot, DateOnly Day, TimeOnly Start, TimeOnly End, string Location, string LocationKind,
    string? Interpreter, DelegateItem First, DelegateItem Second, string Mode, bool Published, bool Fixed, string Status, int? RunId);
