namespace BioBridge.Features.Publishing;

/// <summary>A parked or failed job as the operator page lists it: what it is, where it leads and why it stopped.</summary>
public sealed record TranslationJobProblem(long Id, TranslationJobState State, string Subject, string Label, string Href, string Field,
    string TargetLanguage, int Attempts, TranslationFailure? Failure, string? Reason, DateTime NextAttemptAt);
