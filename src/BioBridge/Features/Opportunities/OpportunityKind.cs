namespace BioBridge.Features.Opportunities;

/// <summary>The kinds of post of the Enterprise Europe Network partnering database, plus talent exchange.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OpportunityKind>))]
public enum OpportunityKind
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("technology-offer")] TechnologyOffer,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("technology-request")] TechnologyRequest,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("business-offer")] BusinessOffer,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("business-request")] BusinessRequest,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("rd-cooperation")] RdCooperation,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("talent-exchange")] TalentExchange,
}
