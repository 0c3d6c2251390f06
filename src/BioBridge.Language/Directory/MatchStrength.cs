namespace BioBridge.Language;

/// <summary>A recommendation score in words, for readers: the number itself stays in the API and CLI.</summary>
public enum MatchStrength { Possible, Good, Strong }
