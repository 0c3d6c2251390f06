using BioBridge.Features.Accounts;
using BioBridge.Features.Events;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BioBridge.Features.Messaging;

public sealed record OpenThreadBody(int? MeetingRequestId, int? InterestId);
