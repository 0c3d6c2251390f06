namespace BioBridge.Features.Cooperation;

/// <summary>The OpenAPI operation names and summaries of a ledger's list, get, create and update.</summary>
sealed record LedgerNames(string List, string ListSummary, string Get, string GetSummary, string Create, string CreateSummary, string Update, string UpdateSummary);
