namespace BioBridge.Shared;

/// <summary>Why a translation service gave no text, as a caller can act on it.</summary>
public enum TranslationFailure
{
    /// <summary>Rate limited, overloaded, unreachable or a garbled answer: the same request may succeed later.</summary>
    RetryLater,
    /// <summary>The account's character quota or balance is spent: nothing succeeds until the operator tops it up.</summary>
    BudgetExhausted,
    /// <summary>Wrong key, signature, endpoint or a service not enabled for the account: the operator must fix the settings.</summary>
    Misconfigured,
    /// <summary>The service refuses this text or language pair (too long, unsupported); resending it cannot succeed.</summary>
    Rejected,
}
