namespace BioBridge.Features.Accounts;

public sealed record AuditFilter(string? Actor, string? Entity, string? Category, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50);
