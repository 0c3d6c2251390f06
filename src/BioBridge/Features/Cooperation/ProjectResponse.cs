using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record ProjectResponse(int Id, string Title, string? Summary, string Kind, string Status, string? Agreement, int? MeetingId,
    DateOnly StartedOn, DateOnly? EndsOn, decimal? Budget, string? BudgetCurrency, IReadOnlyList<string> Partners, IReadOnlyList<MilestoneResponse> Milestones, bool IsSample);
