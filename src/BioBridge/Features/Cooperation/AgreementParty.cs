using BioBridge.Language;

namespace BioBridge.Features.Cooperation;

public sealed class AgreementParty
{
    public int Id { get; private set; }
    public int AgreementId { get; set; }
    public PartyKind Kind { get; set; }
    public string? NameKo { get; set; }
    public string? NameZh { get; set; }
    public string? NameEn { get; set; }
    public string? ClusterId { get; set; }
    public int? OrganizationId { get; set; }

    public LocalizedText Name => new(NameKo, NameZh, NameEn);
}
