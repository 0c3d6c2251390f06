using BioBridge.Data;
using BioBridge.Features.Directory;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public static class AgreementsEndpoints
{
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agreements", ListAsync).AllowAnonymous().WithTags("Cooperation").WithName("ListAgreements")
            .WithSummary("Published agreements with their parties.");
        return app;
    }

    public static async Task<List<Agreement>> PublishedAsync(AppDb db, CancellationToken ct) =>
        await db.Agreements.AsNoTracking().Include(a => a.Parties).Where(a => a.IsPublished)
            .OrderByDescending(a => a.SignedOn).ToListAsync(ct);

    static async Task<Ok<List<AgreementResponse>>> ListAsync(AppDb db, CancellationToken ct) =>
        TypedResults.Ok((await PublishedAsync(db, ct)).Select(a => new AgreementResponse(a.Slug, a.Kind.ToString().ToLowerInvariant(),
            LocalizedDto.From(a.Title), LocalizedDto.From(a.Summary), a.SignedOn, a.ScopeAreas,
            a.Parties.Select(p => new PartyResponse(p.Kind.ToString().ToLowerInvariant(), LocalizedDto.From(p.Name), p.ClusterId)).ToList()))
            .ToList());
}
