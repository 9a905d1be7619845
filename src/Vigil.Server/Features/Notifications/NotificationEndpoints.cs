using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(RouteGroupBuilder api)
    {
        var subscriptions = api.MapGroup("/notification-subscriptions").WithTags("Notifications");
        subscriptions.MapGet("/", async (Guid? unitId, SubscriptionService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(unitId, ct)))
            .WithSummary("Subscriptions of the units in your scope (optionally one unit).");
        subscriptions.MapPost("/", async (NotificationSubscriptionCreateDto body, SubscriptionService s, CancellationToken ct) => (await s.CreateAsync(body, ct)).ToHttp())
            .WithSummary("Subscribe a unit (and the units below it) to events by e-mail or signed webhook; a generated webhook secret is returned once.");
        subscriptions.MapDelete("/{subscriptionId:guid}", async (Guid subscriptionId, SubscriptionService s, CancellationToken ct) =>
                (await s.DeleteAsync(subscriptionId, ct)).ToHttp())
            .WithSummary("Remove a subscription; its undelivered messages are given up.");

        var mine = api.MapGroup("/notifications").WithTags("Notifications");
        mine.MapGet("/", async (InAppNotifications s, CancellationToken ct) => TypedResults.Ok(await s.MineAsync(100, ct)))
            .WithSummary("Your in-app notifications, newest first, with the unread count.");
        mine.MapPost("/{notificationId:guid}/read", async (Guid notificationId, InAppNotifications s, CancellationToken ct) =>
                (await s.MarkReadAsync(notificationId, ct)).ToHttp())
            .WithSummary("Mark one of your notifications read.");
    }
}
