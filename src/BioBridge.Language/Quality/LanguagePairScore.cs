namespace BioBridge.Language;

public sealed record LanguagePairScore(string Pair, int Queries, double RecallAt5, double Mrr);
