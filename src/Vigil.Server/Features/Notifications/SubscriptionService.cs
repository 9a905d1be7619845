using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Notifications;
using Vigil.Storage;

namespace Vigil.Server.Features.Notifications;

/// <summary>A unit's notification subscriptions: who may change the unit manages them; the webhook secret is never shown again.</summary>
public sealed class SubscriptionService(VigilDbContext db, WebhookSecretProtector secrets, TimeProvider clock)
{
    public async Task<List<NotificationSubscriptionDto>> ListAsync(Guid? unitId, CancellationToken ct)
    {
        var rows = await db.NotificationSubscriptions.AsNoTracking().Where(s => unitId == null || s.UnitId == unitId).OrderBy(s => s.CreatedAt).ToListAsync(ct);
        return [.. rows.Select(ToDto)];
    }

    public async Task<Result<NotificationSubscriptionCreatedDto>> CreateAsync(NotificationSubscriptionCreateDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!await db.Units.AnyAsync(u => u.Id == body.UnitId, ct))
        {
            return Error.NotFound("unit.not_found", $"Unit {body.UnitId} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(body.UnitId))
        {
            return Error.Forbidden("subscription.read_only", $"You may not change the subscriptions of unit {body.UnitId}.");
        }

        if (!Enum.TryParse<NotificationChannel>(body.Channel, true, out var channel) || !Enum.IsDefined(channel) || char.IsDigit((body.Channel ?? "0")[0]))
        {
            return Error.Validation("subscription.channel", $"Unknown channel '{body.Channel}' (Email, Webhook).", "channel");
        }

        var events = (body.Events ?? []).Select(e => e.Trim()).Distinct().ToList();
        if (events.Count == 0 || events.Find(e => !NotificationEvents.All.Contains(e)) is { } unknown)
        {
            return Error.Validation("subscription.events", $"Name at least one known event ({string.Join(", ", NotificationEvents.All)}).", "events");
        }

        var target = (body.Target ?? "").Trim();
        string? secret = null;
        if (channel == NotificationChannel.Email)
        {
            var addresses = target.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (addresses.Length == 0 || !addresses.All(EmailAddress.LooksValid))
            {
                return Error.Validation("subscription.email", "Give one or more e-mail addresses, comma-separated.", "target");
            }

            target = string.Join(",", addresses);
        }
        else
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            {
                return Error.Validation("subscription.url", "A webhook needs an absolute http or https URL.", "target");
            }

            secret = string.IsNullOrWhiteSpace(body.Secret) ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) : body.Secret.Trim();
        }

        var subscription = new NotificationSubscription
        {
            Id = Guid.CreateVersion7(), UnitId = body.UnitId, Channel = channel, Events = string.Join(",", events), Target = target,
            ProtectedSecret = secret is null ? null : secrets.Protect(secret), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = db.Access.ActorName,
        };
        db.NotificationSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        // A secret the caller chose is theirs already; one the server made is shown this once.
        return new NotificationSubscriptionCreatedDto(ToDto(subscription), string.IsNullOrWhiteSpace(body.Secret) ? secret : null);
    }

    public async Task<Result<Guid>> DeleteAsync(Guid id, CancellationToken ct)
    {
        var subscription = await db.NotificationSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null)
        {
            return Error.NotFound("subscription.not_found", $"Subscription {id} does not exist or is outside your scope.");
        }

        if (!db.Access.Scope.CanWrite(subscription.UnitId))
        {
            return Error.Forbidden("subscription.read_only", $"You may not change subscription {id}.");
        }

        db.NotificationSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(ct);
        return id;
    }

    private static NotificationSubscriptionDto ToDto(NotificationSubscription s) => new(
        s.Id, s.UnitId, s.Channel.ToString(), [.. s.Events.Split(',', StringSplitOptions.RemoveEmptyEntries)], s.Target, s.Enabled, s.ProtectedSecret is not null,
        s.CreatedAt, s.CreatedBy);
}
