using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record ReviewInput(IReadOnlyList<ScoreInput>? Scores, string? Comment);
