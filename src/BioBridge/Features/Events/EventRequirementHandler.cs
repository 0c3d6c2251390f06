using System.Security.Claims;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Features.Events;

sealed class EventRequirementHandler(EventAccess access, IHttpContextAccessor http) : AuthorizationHandler<EventRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, EventRequirement requirement)
    {
        var request = context.Resource as HttpContext ?? http.HttpContext;
        if (await access.AllowsAsync(context.User, EventAccess.Slug(request), requirement.HostOnly))
            context.Succeed(requirement);
    }
}
