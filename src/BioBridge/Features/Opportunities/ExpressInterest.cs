using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

/// <summary>A member of another organization says "we are interested".</summary>
public sealed class ExpressInterest(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(AppUser member, int opportunityId, string? message, CancellationToken ct)
    {
        if (member.OrganizationId is not { } organizationId)
            return Outcome.Forbidden(OpportunityText.Say("Only members of an organization express interest."));
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == opportunityId && o.ApprovedAt != null && o.Visibility != Visibility.Private, ct);
        if (opportunity is null)
            return Outcome.NotFound(OpportunityText.Say($"Opportunity {opportunityId} does not exist."));
        if (opportunity.OrganizationId == organizationId)
            return Outcome.Invalid("opportunity", OpportunityText.Say("This is your own organization's opportunity."));
        var now = clock.GetUtcNow().UtcDateTime;
        if (!opportunity.AcceptsInterest(DateOnly.FromDateTime(now)))
            return Outcome.Conflict(OpportunityText.Say("The opportunity is closed or its deadline has passed."));
        var text = message?.Trim() ?? "";
        if (text.Length is < 5 or > FieldLengths.LongText)
            return Outcome.Invalid("message", OpportunityText.Say("The message needs 5 to 4,000 characters."));
        if (await db.ExpressionsOfInterest.AnyAsync(i => i.OpportunityId == opportunityId && i.OrganizationId == organizationId, ct))
            return Outcome.Conflict(OpportunityText.Say("Your organization has already expressed interest."));
        db.ExpressionsOfInterest.Add(new ExpressionOfInterest
        {
            OpportunityId = opportunityId, OrganizationId = organizationId, UserId = member.Id, Message = text, CreatedAt = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // Two colleagues clicking at once: the unique index keeps one.
            return Outcome.Conflict(OpportunityText.Say("Your organization has already expressed interest."));
        }
        return Outcome.Ok;
    }
}
