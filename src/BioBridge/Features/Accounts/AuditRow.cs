namespace BioBridge.Features.Accounts;

public sealed record AuditRow(long Id, DateTime At, string ActorId, string? ActorEmail, string Category, string Action, string? EntityType,
    string? EntityKey, string? SubjectUserId, string? Details);
