using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace BioBridge.Features.Partnering;

/// <summary>A delegate's notifications: what happened to their requests and meetings.</summary>
static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/delegates/{id:int}/notifications", NotificationsAsync).WithSummary("A delegate's latest notifications, newest first.");
        api.MapPost("/delegates/{id:int}/notifications/read", ReadNotificationsAsync).WithSummary("Marks a delegate's notifications read.");
    }

    static async Task<Results<Ok<IReadOnlyList<NotificationItem>>, ValidationProblem, ProblemHttpResult>> NotificationsAsync(int id,
        PartneringActor actor, PartneringQueries queries, IStringLocalizer<Text> text, CancellationToken ct) =>
        await (await queries.OwnDelegateAsync(id, actor, ct)).ToResultAsync(async me =>
            TypedResults.Ok(await queries.NotificationsAsync(me.Id, text, 50, ct)));

    static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReadNotificationsAsync(int id, PartneringActor actor,
        PartneringQueries queries, TimeProvider clock, CancellationToken ct) =>
        await (await queries.OwnDelegateAsync(id, actor, ct)).ToResultAsync(async me =>
        {
            await queries.MarkNotificationsReadAsync(me.Id, clock.GetUtcNow().UtcDateTime, ct);
            return TypedResults.NoContent();
        });
}
