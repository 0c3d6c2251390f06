namespace BioBridge.Features.Publishing;

/// <summary>
/// The translation queue of the configured service for the operator page: jobs by state, this month's characters
/// against the budget and their cost, the memory's hit rate, this node's breaker and the jobs that stopped.
/// </summary>
public sealed record TranslationQueueStatus(
    string Service, IReadOnlyDictionary<TranslationJobState, int> Counts, long SentThisMonth, long? MonthlyCharacters, decimal Cost,
    string Currency, TranslationMemoryUse? Memory, BreakerState Breaker, IReadOnlyCollection<TranslationFailure> ParkedFor,
    IReadOnlyList<TranslationJobProblem> Problems)
{
    /// <summary>Our own budget is spent, or the service said its quota is: nothing is sent until the month turns or it is raised.</summary>
    public bool BudgetExhausted => (MonthlyCharacters is { } budget && SentThisMonth >= budget)
        || ParkedFor.Contains(TranslationFailure.BudgetExhausted);

    /// <summary>The service refused the key or endpoint: the operator must fix the settings, then retry the parked jobs.</summary>
    public bool Misconfigured => ParkedFor.Contains(TranslationFailure.Misconfigured);

    public int Count(TranslationJobState state) => Counts.GetValueOrDefault(state);
}
