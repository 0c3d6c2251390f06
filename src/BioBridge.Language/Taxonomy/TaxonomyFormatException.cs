namespace BioBridge.Language;

public sealed class TaxonomyFormatException(string message) : Exception(message);
