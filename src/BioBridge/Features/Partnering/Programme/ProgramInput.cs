namespace BioBridge.Features.Partnering;

public sealed record ProgramInput(IReadOnlyList<SessionInput>? Sessions, IReadOnlyList<ExhibitorInput>? Exhibitors);
