using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record PanelReviewer(string Email, string Name, string? Cluster);
