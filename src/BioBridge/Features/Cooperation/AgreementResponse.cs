using BioBridge.Features.Directory;

namespace BioBridge.Features.Cooperation;

public sealed record AgreementResponse(string Slug, string Kind, LocalizedDto Title, LocalizedDto Summary, DateOnly SignedOn,
    IReadOnlyList<string> ScopeAreas, IReadOnlyList<PartyResponse> Parties);
