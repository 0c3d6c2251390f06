using BioBridge.Data;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// Registers a joint project: partners from both sides, linked to an agreement and/or the meeting that started it;
/// or updates a registered one (its milestones are replaced by the ones given).
/// </summary>
public sealed class StartJointProject(AppDb db)
{
    public Task<Outcome<JointProject>> HandleAsync(JointProjectBody body, CancellationToken ct) => HandleAsync(null, body, ct);

    public async Task<Outcome<JointProject>> HandleAsync(int? projectId, JointProjectBody body, CancellationToken ct)
    {
        var project = projectId is { } id
            ? await db.JointProjects.Include(p => p.Partners).Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == id, ct)
            : null;
        if (projectId is not null && project is null)
            return Outcome.NotFound(CooperationText.Say($"No joint project {projectId}."));
        var errors = new Dictionary<string, string[]>();
        var title = body.Title?.Trim() ?? "";
        if (title.Length is < 3 or > JointProject.MaxTitleLength)
            errors["title"] = [CooperationText.Say($"The title needs 3 to {JointProject.MaxTitleLength} characters.")];
        var kind = CooperationCodes.Parse<ProjectKind>(body.Kind ?? "rnd");
        if (kind is null)
            errors["kind"] = [CooperationText.Say($"The kind is one of {CooperationCodes.Choices<ProjectKind>()}.")];
        var status = CooperationCodes.Parse<ProjectStatus>(body.Status ?? "proposed");
        if (status is null)
            errors["status"] = [CooperationText.Say($"The status is one of {CooperationCodes.Choices<ProjectStatus>()}.")];
        var partners = await Parties.ResolveAsync(db, body.Partners, 2, errors, ct);
        if (!errors.ContainsKey("parties") && partners.Select(p => p.ClusterId).Distinct().Count() < 2)
            errors["partners"] = [CooperationText.Say("A joint project has partners from both clusters.")];
        if (errors.Remove("parties", out var partyErrors))
            errors["partners"] = partyErrors;
        int? agreementId = null;
        if (body.Agreement is { Length: > 0 } slug && (agreementId = await db.Agreements.IdOfAsync(slug, ct)) is null)
            errors["agreement"] = [CooperationText.Say($"No agreement '{slug}'.")];
        if (body.MeetingId is { } meetingId && !await db.Meetings.AnyAsync(m => m.Id == meetingId, ct))
            errors["meetingId"] = [CooperationText.Say($"No meeting {meetingId}.")];
        if (body.StartedOn is null)
            errors["startedOn"] = [CooperationText.Say("A project has a start date (yyyy-MM-dd).")];
        else if (body.EndsOn < body.StartedOn)
            errors["endsOn"] = [CooperationText.Say("The end date is before the start date.")];
        if (body.Budget is < 0)
            errors["budget"] = [CooperationText.Say("The budget cannot be negative.")];
        if (body.Budget is not null && !ExchangeRate.Currencies.Contains(body.BudgetCurrency?.ToUpperInvariant() ?? ""))
            errors["budgetCurrency"] = [CooperationText.Say($"A budget has a currency: {string.Join(", ", ExchangeRate.Currencies)}.")];
        var milestones = body.Milestones ?? [];
        for (var i = 0; i < milestones.Count; i++)
            if (string.IsNullOrWhiteSpace(milestones[i].Title) || milestones[i].DueOn is null)
                errors[$"milestones[{i}]"] = [CooperationText.Say("A milestone has a title and a due date.")];
        if (errors.Count > 0)
            return Outcome.Invalid(errors);

        if (project is null)
        {
            project = new JointProject { Title = title };
            db.JointProjects.Add(project);
        }
        project.Title = title;
        project.Summary = string.IsNullOrWhiteSpace(body.Summary) ? null : body.Summary.Trim();
        project.Kind = kind!.Value;
        project.Status = status!.Value;
        project.AgreementId = agreementId;
        project.MeetingId = body.MeetingId;
        project.StartedOn = body.StartedOn!.Value;
        project.EndsOn = body.EndsOn;
        project.Budget = body.Budget;
        project.BudgetCurrency = body.Budget is null ? null : body.BudgetCurrency!.ToUpperInvariant();
        Parties.Replace(project.Partners, partners.Select(p => p.Id), p => p.OrganizationId, id => new ProjectPartner { OrganizationId = id });
        project.Milestones.Clear();
        project.Milestones.AddRange(milestones.Select(m => new Milestone { Title = m.Title!.Trim(), DueOn = m.DueOn!.Value, ReachedOn = m.ReachedOn }));
        await db.SaveChangesAsync(ct);
        return Outcome.Success(project);
    }
}
