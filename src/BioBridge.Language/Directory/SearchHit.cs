namespace BioBridge.Language;

/// <summary>One result; MatchedTerms are words of the query found in the profile, MatchedConcepts the query's concepts it carries.</summary>
public sealed record SearchHit(string ExternalId, double Score, IReadOnlyList<string> MatchedTerms, IReadOnlyList<string> MatchedConcepts);
