namespace BioBridge.Language;

/// <summary>A concept found in a text: which concept, and the taxonomy term that matched.</summary>
public sealed record ConceptMention(Concept Concept, string Term, int Start, int Length);
