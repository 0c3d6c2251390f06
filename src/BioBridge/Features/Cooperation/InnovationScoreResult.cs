using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public sealed record InnovationScoreResult(double Total, IReadOnlyList<ScoreComponent> Components);
