using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record ProgramOutcome(int SessionsAdded, int ExhibitorsAdded, int ExhibitorsUpdated);
