using BioBridge.Features.Directory;
using BioBridge.Features.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BioBridge.Features.Cooperation;

public sealed record ScoreComponent(string Key, double Weight, double? Raw, double Points, string Basis);
