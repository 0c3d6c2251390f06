namespace BioBridge.Features.Reviews;

public sealed record RankingView(CallItem Call, IReadOnlyList<RankingRow> Rows);
