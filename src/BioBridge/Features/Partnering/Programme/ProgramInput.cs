using BioBridge.Data;
using BioBridge.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Partnering;

public sealed record ProgramInput(IReadOnlyList<SessionInput>? Sessions, IReadOnlyList<ExhibitorInput>? Exhibitors);
