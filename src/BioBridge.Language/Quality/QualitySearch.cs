namespace BioBridge.Language;

public sealed record QualitySearch(string Query, string QueryLanguage, IReadOnlyList<string> Relevant);
