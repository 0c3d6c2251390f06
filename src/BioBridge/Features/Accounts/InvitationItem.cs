using BioBridge.Language;

namespace BioBridge.Features.Accounts;

public sealed record InvitationItem(int Id, string Email, string Organization, LocalizedText OrganizationName, string Role, string Language,
    DateTime CreatedAt, DateTime ExpiresAt, DateTime? AcceptedAt);
