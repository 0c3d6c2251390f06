namespace BioBridge.Shared;

/// <summary>Thrown for wrong usage of a command; the CLI answers exit code 2 with the message and a usage line.</summary>
public sealed class UsageException(string message) : Exception(message);
