using Microsoft.AspNetCore.Authorization;

namespace BioBridge.Features.Events;

/// <summary>The event-organizer and event-host policies: the event is the one named by the route's slug.</summary>
public sealed record EventRequirement(bool HostOnly) : IAuthorizationRequirement;
