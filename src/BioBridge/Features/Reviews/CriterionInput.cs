namespace BioBridge.Features.Reviews;

public sealed record CriterionInput(string? NameKo, string? NameZh, string? NameEn, double Weight, int ScaleMin, int ScaleMax);
