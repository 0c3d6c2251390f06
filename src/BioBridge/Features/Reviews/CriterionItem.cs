using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record CriterionItem(int Id, LocalizedDto Name, double Weight, int ScaleMin, int ScaleMax);
