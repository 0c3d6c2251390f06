using BioBridge.Data;
using BioBridge.Features.Cooperation;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record DecisionInput(string? Decision, string? Note, IReadOnlyList<int>? ReleasedReviews);
