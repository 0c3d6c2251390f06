using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Publishing;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Cooperation;

public sealed record DealResponse(int Id, string Kind, string Title, decimal Amount, string Currency, decimal ValueUsd, DateOnly RateOn, DateOnly ClosedOn,
    string Source, int? MeetingId, int? IntroductionId, string? Agreement, IReadOnlyList<string> Parties, bool IsSample);
