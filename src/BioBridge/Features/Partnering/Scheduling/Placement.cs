using BioBridge.Data;
using BioBridge.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record Placement(EventSlot Slot, EventLocation Location, Interpreter? Interpreter);
