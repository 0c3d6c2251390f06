using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Messaging;

/// <summary>
/// Finds, or starts, the thread of a meeting request or of an expression of interest. Only its parties find the
/// request or interest at all (the event's organizers also find its meeting requests); for anyone else it does not exist.
/// </summary>
public sealed class OpenThread(AppDb db, TimeProvider clock)
{
    public async Task<Outcome<int>> ForMeetingRequestAsync(MessagingReader actor, int requestId, CancellationToken ct)
    {
        var organizationId = actor.OrganizationId;
        var organized = actor.OrganizedEventIds;
        var request = await db.MeetingRequests.AsNoTracking().Include(r => r.FromDelegate).Include(r => r.ToDelegate)
            .Where(r => r.Id == requestId && (organized.Contains(r.EventId) || (organizationId != null &&
                (r.FromDelegate!.OrganizationId == organizationId || r.ToDelegate!.OrganizationId == organizationId))))
            .SingleOrDefaultAsync(ct);
        if (request is null)
            return Outcome.NotFound(MessagingText.Say($"Meeting request {requestId} does not exist or is not yours."));
        return await FindOrStartAsync(t => t.MeetingRequestId == requestId, () => MessageThread.ForMeetingRequest(request,
            request.FromDelegate!.OrganizationId, request.ToDelegate!.OrganizationId,
            $"{request.FromDelegate.DisplayName} ↔ {request.ToDelegate.DisplayName}", clock.GetUtcNow().UtcDateTime), ct);
    }

    public async Task<Outcome<int>> ForInterestAsync(MessagingReader actor, int interestId, CancellationToken ct)
    {
        var organizationId = actor.OrganizationId;
        var found = await db.ExpressionsOfInterest.AsNoTracking()
            .Join(db.Opportunities.AsNoTracking(), i => i.OpportunityId, o => o.Id, (i, o) => new { Interest = i, Opportunity = o })
            .Where(x => x.Interest.Id == interestId && organizationId != null &&
                (x.Opportunity.OrganizationId == organizationId || x.Interest.OrganizationId == organizationId))
            .SingleOrDefaultAsync(ct);
        if (found is null)
            return Outcome.NotFound(MessagingText.Say($"Expression of interest {interestId} does not exist or is not your organization's."));
        return await FindOrStartAsync(t => t.InterestId == interestId,
            () => MessageThread.ForInterest(found.Opportunity, found.Interest, clock.GetUtcNow().UtcDateTime), ct);
    }

    async Task<Outcome<int>> FindOrStartAsync(System.Linq.Expressions.Expression<Func<MessageThread, bool>> existing, Func<MessageThread> start,
        CancellationToken ct)
    {
        if (await db.MessageThreads.Where(existing).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct) is { } id)
            return Outcome.Success(id);
        var thread = start();
        db.MessageThreads.Add(thread);
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Success(thread.Id);
        }
        catch (DbUpdateException e) when (e.IsConstraintViolation())
        {
            // The other side opened it at the same moment: the unique index kept one thread; use that one.
            db.Entry(thread).State = EntityState.Detached;
            return Outcome.Success(await db.MessageThreads.Where(existing).Select(t => t.Id).SingleAsync(ct));
        }
    }
}
