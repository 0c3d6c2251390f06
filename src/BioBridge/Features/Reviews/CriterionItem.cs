using BioBridge.Features.Directory;

namespace BioBridge.Features.Reviews;

public sealed record CriterionItem(int Id, LocalizedDto Name, double Weight, int ScaleMin, int ScaleMax, TranslatedText NameVersions);
