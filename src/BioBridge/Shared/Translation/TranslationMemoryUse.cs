namespace BioBridge.Shared;

/// <summary>How much one service's translation memory saved: HitRate = hits / (hits + entries), every entry being one miss.</summary>
public sealed record TranslationMemoryUse(string Service, int Entries, int Hits, double HitRate, long CharactersSaved);
