using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record RankingView(CallItem Call, IReadOnlyList<RankingRow> Rows);
