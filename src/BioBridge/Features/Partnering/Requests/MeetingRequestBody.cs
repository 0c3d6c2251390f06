using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using BioBridge.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

public sealed record MeetingRequestBody(int FromDelegateId, int ToDelegateId, string? Message, int? Priority, string? Mode);
