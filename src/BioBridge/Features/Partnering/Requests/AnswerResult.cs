using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using BioBridge.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>Placed: the pair has a meeting in the published schedule; otherwise Unplaced says why, or is null when it waits for the next run.</summary>
public sealed record AnswerResult(string Status, bool Placed, string? Unplaced);
