namespace BioBridge.Shared;

/// <summary>Where a background translation job is (docs/translation.md, "The translation queue").</summary>
public enum TranslationJobState
{
    /// <summary>Waiting for NextAttemptAt; a retry waits here too.</summary>
    Queued,
    /// <summary>Claimed by one node until its lease expires.</summary>
    Running,
    /// <summary>The translation is stored as a machine version (or nothing was left to send).</summary>
    Done,
    /// <summary>The service refused this text for good: the reason is kept.</summary>
    Failed,
    /// <summary>Not sent until an operator retries it (misconfigured service) or the next month begins (budget spent).</summary>
    Parked,
    /// <summary>Replaced by a later change of the same field, or no longer needed (a person wrote that language, the text left public view).</summary>
    Superseded,
}
