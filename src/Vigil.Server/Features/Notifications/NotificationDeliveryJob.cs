using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Notifications;
using Vigil.Server.Features.Jobs;
using Vigil.Storage;

namespace Vigil.Server.Features.Notifications;

/// <summary>
/// Sends due outbox messages. Each message is claimed by a conditional update before it is sent, so two servers never
/// send the same one; a failure is recorded and retried later (<see cref="RetrySchedule"/>) until the attempts are spent.
/// </summary>
internal sealed class NotificationDeliveryJob : IRecurringJob
{
    private static readonly TimeSpan s_claim = TimeSpan.FromMinutes(5);

    public string Name => "notification-delivery";

    public TimeSpan DefaultInterval => TimeSpan.FromSeconds(30);

    public async Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct)
    {
        var db = services.GetRequiredService<VigilDbContext>();
        var sender = services.GetRequiredService<NotificationSender>();
        var logger = services.GetRequiredService<ILogger<NotificationDeliveryJob>>();
        var clock = services.GetRequiredService<TimeProvider>();
        var batch = services.GetRequiredService<IOptions<NotificationOptions>>().Value.BatchSize;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt).Select(m => m.Id).Take(batch).ToListAsync(ct);
        foreach (var id in due)
        {
            var until = now.Add(s_claim);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.DeliveredAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ClaimedUntil, until), ct);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, ct);
            var subscription = await db.NotificationSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == message.SubscriptionId, ct);
            if (subscription is null || !subscription.Enabled)
            {
                // Nobody wants it any more: no retries.
                message.GaveUpAt = now;
                message.LastError = "The subscription was removed or disabled.";
                message.ClaimedUntil = null;
                await db.SaveChangesAsync(ct);
                continue;
            }

            message.Attempts++;
            try
            {
                await sender.SendAsync(message, subscription, ct);
                message.DeliveredAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                Log.NotificationDelivered(logger, message.Id, message.Event, subscription.Channel.ToString());
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Net.Mail.SmtpException or TaskCanceledException or IOException
                or System.Security.Cryptography.CryptographicException or UriFormatException)
            {
                // The error text names the channel's answer, never the secret or the payload.
                message.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                if (RetrySchedule.Exhausted(message.Attempts))
                {
                    message.GaveUpAt = now;
                    Log.NotificationGaveUp(logger, message.Id, message.Attempts, message.LastError);
                }
                else
                {
                    message.NextAttemptAt = now.Add(RetrySchedule.After(message.Attempts));
                    Log.NotificationRetry(logger, message.Id, message.Attempts, message.NextAttemptAt, message.LastError);
                }
            }

            message.ClaimedUntil = null;
            await db.SaveChangesAsync(ct);
        }
    }
}
