namespace BioBridge.Shared;

/// <summary>
/// One field of published public content to translate into one language, written in the transaction that publishes
/// the content, so no publish is lost. The text itself is read again when the job runs: what is sent is always what
/// is public at that moment, and a text that changed in between makes the job superseded.
/// </summary>
public sealed class TranslationJob
{
    public const int MaxSubjectLength = 32;
    public const int MaxFieldLength = 32;
    public const int MaxLeaseOwnerLength = 200;
    public const int MaxErrorLength = 1000;

    public long Id { get; private set; }
    /// <summary>What the field belongs to ("organization", "opportunity").</summary>
    public required string Subject { get; init; }
    public int SubjectId { get; init; }
    /// <summary>The field ("description", "offers", "needs", "post").</summary>
    public required string Field { get; init; }
    public required string SourceLanguage { get; init; }
    /// <summary>SHA-256 of the source text when the job was queued.</summary>
    public required string SourceHash { get; init; }
    public required string TargetLanguage { get; init; }
    /// <summary>The configured provider when queued; only that service's worker sends it.</summary>
    public required string Service { get; init; }
    public TranslationJobState State { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    /// <summary>The last failure's kind and the service's reason, shown to operators.</summary>
    public TranslationFailure? LastFailure { get; set; }
    public string? LastError { get; set; }
    public DateTime? FinishedAt { get; set; }

    public void Fail(TranslationFailure failure, TranslationJobState state, string reason, DateTime nextAttempt)
    {
        (State, LastFailure, LastError, NextAttemptAt, LeaseOwner, LeaseExpiresAt) =
            (state, failure, reason.Length > MaxErrorLength ? reason[..MaxErrorLength] : reason, nextAttempt, null, null);
    }

    public void Finish(TranslationJobState state, DateTime now, string? note = null)
    {
        (State, FinishedAt, LeaseOwner, LeaseExpiresAt) = (state, now, null, null);
        if (note is not null)
            LastError = note;
    }
}
