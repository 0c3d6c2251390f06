namespace BioBridge.Shared;

/// <summary>A translation service answered without a translation; Failure says what the caller can do about it.</summary>
public sealed class TranslationFailedException(TranslationFailure failure, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public TranslationFailure Failure { get; } = failure;

    /// <summary>The service's own Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
