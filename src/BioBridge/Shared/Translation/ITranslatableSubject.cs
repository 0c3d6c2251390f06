namespace BioBridge.Shared;

/// <summary>
/// Content the translation queue translates, one implementation per TranslationJob.Subject ("organization",
/// "opportunity", "event", "session", "call"), registered by the feature that owns the content: the queue, its worker
/// and the republish command name none of them.
/// </summary>
public interface ITranslatableSubject
{
    /// <summary>The TranslationJob.Subject of its jobs.</summary>
    string Name { get; }

    /// <summary>
    /// The translatable fields of these subjects as they are now, read through the caller's context (tracked, so a
    /// change not yet saved counts and a stored draft is saved with it); a subject that is gone has none.
    /// </summary>
    Task<ILookup<int, TranslatableField>> LoadAsync(IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>What the operator page names these subjects and where it links them to (in the reader's language); a subject that is gone has none.</summary>
    Task<Dictionary<int, SubjectLink>> LinksAsync(IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>What follows a machine draft saved for the subject (an organization tells search).</summary>
    Task DraftStoredAsync(int id, CancellationToken ct) => Task.CompletedTask;

    /// <summary>`translation republish`: every machine draft of the published content dropped and the content queued again, in the caller's unit of work.</summary>
    Task RequeueAllAsync(TranslationQueue queue, CancellationToken ct);
}
