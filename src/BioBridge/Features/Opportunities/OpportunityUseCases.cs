using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Directory;
using BioBridge.Language;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Opportunities;

public sealed record OpportunityInput(
    OpportunityKind Kind, string? Title, string? Body, IReadOnlyList<string>? Concepts, DateOnly? Deadline, string? TargetCluster);

/// <summary>A member publishes an offer or request for their organization.</summary>
public sealed class PublishOpportunity(AppDb db, Taxonomy taxonomy, ConceptExtractor extractor, TimeProvider clock)
{
    public async Task<(Outcome Outcome, Opportunity? Created)> HandleAsync(AppUser author, OpportunityInput input, CancellationToken ct)
    {
        if (author.OrganizationId is not { } organizationId)
            return (Outcome.Forbidden("Only members of an organization publish opportunities."), null);
        var errors = new Dictionary<string, string[]>();
        var title = input.Title?.Trim() ?? "";
        var body = input.Body?.Trim() ?? "";
        if (title.Length is < 3 or > 200)
            errors["title"] = ["The title needs 3 to 200 characters."];
        if (body.Length is < 10 or > 8000)
            errors["body"] = ["The text needs 10 to 8,000 characters."];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (input.Deadline is { } deadline && deadline < today)
            errors["deadline"] = [$"The deadline {deadline:yyyy-MM-dd} has passed."];
        if (input.TargetCluster is { Length: > 0 } target && !await db.Clusters.AnyAsync(c => c.Id == target, ct))
            errors["targetCluster"] = [$"Unknown cluster '{target}'."];
        var concepts = new List<string>();
        foreach (var given in input.Concepts ?? [])
        {
            if (taxonomy.Resolve(given) is { } concept)
                concepts.Add(concept.Code);
            else
                errors["concepts"] = [$"'{given}' is not a taxonomy concept."];
        }
        if (errors.Count > 0)
            return (Outcome.Invalid(errors), null);
        if (concepts.Count == 0)
            concepts.AddRange(extractor.Extract(title + "\n" + body).Select(m => m.Concept.Code).Distinct());
        var opportunity = new Opportunity
        {
            OrganizationId = organizationId, Kind = input.Kind, Title = title, Body = body, Concepts = concepts.Distinct().ToList(),
            Deadline = input.Deadline, TargetClusterId = string.IsNullOrWhiteSpace(input.TargetCluster) ? null : input.TargetCluster,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByUserId = author.Id,
        };
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(ct);
        return (Outcome.Ok, opportunity);
    }
}

/// <summary>A member of another organization says "we are interested".</summary>
public sealed class ExpressInterest(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(AppUser member, int opportunityId, string? message, CancellationToken ct)
    {
        if (member.OrganizationId is not { } organizationId)
            return Outcome.Forbidden("Only members of an organization express interest.");
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == opportunityId, ct);
        if (opportunity is null)
            return Outcome.NotFound($"Opportunity {opportunityId} does not exist.");
        if (opportunity.OrganizationId == organizationId)
            return Outcome.Invalid("opportunity", "This is your own organization's opportunity.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (!opportunity.AcceptsInterest(DateOnly.FromDateTime(now)))
            return Outcome.Conflict("The opportunity is closed or its deadline has passed.");
        var text = message?.Trim() ?? "";
        if (text.Length is < 5 or > 4000)
            return Outcome.Invalid("message", "The message needs 5 to 4,000 characters.");
        if (await db.ExpressionsOfInterest.AnyAsync(i => i.OpportunityId == opportunityId && i.OrganizationId == organizationId, ct))
            return Outcome.Conflict("Your organization has already expressed interest.");
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
            return Outcome.Conflict("Your organization has already expressed interest.");
        }
        return Outcome.Ok;
    }
}

/// <summary>The owner accepts or declines an expression of interest.</summary>
public sealed class AnswerInterest(AppDb db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(AppUser owner, int interestId, bool accept, string? reply, CancellationToken ct)
    {
        var interest = await db.ExpressionsOfInterest.SingleOrDefaultAsync(i => i.Id == interestId, ct);
        if (interest is null)
            return Outcome.NotFound($"Expression of interest {interestId} does not exist.");
        var ownerOrganization = await db.Opportunities.Where(o => o.Id == interest.OpportunityId).Select(o => o.OrganizationId).SingleAsync(ct);
        if (owner.OrganizationId != ownerOrganization)
            return Outcome.NotFound($"Expression of interest {interestId} does not exist.");
        if (interest.Answer(accept, reply, clock.GetUtcNow().UtcDateTime) is { } conflict)
            return Outcome.Conflict(conflict);
        await db.SaveChangesAsync(ct);
        return Outcome.Ok;
    }
}
