using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>Routes, bodies and filters name an agreement by its slug; this is the one way to turn it into the agreement.</summary>
public static class AgreementSlug
{
    public static Task<int?> IdOfAsync(this IQueryable<Agreement> agreements, string? slug, CancellationToken ct = default) =>
        agreements.Where(a => a.Slug == slug).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct);

    public static Task<Agreement?> NamedAsync(this IQueryable<Agreement> agreements, string? slug, CancellationToken ct = default) =>
        agreements.SingleOrDefaultAsync(a => a.Slug == slug, ct);
}
