using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record ScoreInput(int Criterion, int Value, string? Comment);
