using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

/// <summary>The owner accepts or declines an expression of interest.</summary>
public sealed class AnswerInterest(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(AppUser owner, int interestId, bool accept, string? reply, CancellationToken ct)
    {
        // Only interests in the owner's own opportunities are found: another organization's are not confirmed to exist.
        var interest = await db.ExpressionsOfInterest
            .Where(i => i.Id == interestId && db.Opportunities.Any(o => o.Id == i.OpportunityId && o.OrganizationId == owner.OrganizationId))
            .SingleOrDefaultAsync(ct);
        if (interest is null)
            return Outcome.NotFound(OpportunityText.Say($"Expression of interest {interestId} does not exist."));
        if (interest.Answer(accept, reply, clock.GetUtcNow().UtcDateTime) is { } conflict)
            return Outcome.Conflict(conflict);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }
}
