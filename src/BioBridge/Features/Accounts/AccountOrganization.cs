using BioBridge.Language;

namespace BioBridge.Features.Accounts;

/// <summary>An organization as accounts need it: whom an invitation is for, and whose staff an operator may invite.</summary>
public sealed class AccountOrganization
{
    public int Id { get; init; }
    public required string ExternalId { get; init; }
    public required string ClusterId { get; init; }
    public string? NameKo { get; init; }
    public string? NameZh { get; init; }
    public string? NameEn { get; init; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
}
