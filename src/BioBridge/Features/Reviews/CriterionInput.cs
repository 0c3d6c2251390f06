using System.Text.RegularExpressions;
using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Reviews;

public sealed record CriterionInput(string? NameKo, string? NameZh, string? NameEn, double Weight, int ScaleMin, int ScaleMax);
