using Microsoft.AspNetCore.Authorization;

namespace BioBridge.Features.Events;

sealed class EventRequirementHandler(EventAccess access, IHttpContextAccessor http) : AuthorizationHandler<EventRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, EventRequirement requirement)
    {
        var request = context.Resource as HttpContext ?? http.HttpContext;
        var named = request is null ? null : await NamedEvent.OfRequestAsync(request);
        if (await access.AllowsAsync(context.User, named, requirement.HostOnly))
            context.Succeed(requirement);
    }
}
