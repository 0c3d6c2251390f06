using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

/// <summary>The event-organizer and event-host policies: the event is the one named by the route's slug.</summary>
public sealed record EventRequirement(bool HostOnly) : IAuthorizationRequirement;
