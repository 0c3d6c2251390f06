namespace BioBridge.Features.Accounts;

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Page, int PageSize, bool HasMore);
