using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record AgreementResponse(string Slug, string Kind, LocalizedDto Title, LocalizedDto Summary, DateOnly SignedOn,
    IReadOnlyList<string> ScopeAreas, IReadOnlyList<PartyResponse> Parties);
