using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Notifications;
using Vigil.Storage;

namespace Vigil.Server.Features.Notifications;

/// <summary>
/// Turns an event into outbox messages (one per matching e-mail or webhook subscription of the unit or a unit above
/// it) and in-app notices (one per active account bound to the unit or a unit above it). It only adds rows: the caller
/// saves them with the change that caused the event, in one transaction, so a crash loses neither.
/// </summary>
public sealed class NotificationPublisher(VigilDbContext db, Microsoft.Extensions.Options.IOptions<NotificationOptions> options, TimeProvider clock)
{
    public async Task AddAsync(string eventName, Guid unitId, string text, string link, IReadOnlyDictionary<string, string?> fields, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var now = clock.GetUtcNow().UtcDateTime;
        // Routing reads across the caller's scope on purpose: a commune officer's incident must reach the province's
        // subscriptions. Nothing of what is read goes back to the caller.
        var path = await db.Units.IgnoreQueryFilters().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? "";
        var lineage = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => Guid.ParseExact(p, "N")).ToList();
        var subscriptions = await db.NotificationSubscriptions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Enabled && lineage.Contains(s.UnitId)).ToListAsync(ct);
        var payload = Payload(eventName, unitId, text, link, options.Value.PublicUrl, now, fields);
        foreach (var subscription in subscriptions.Where(s => s.Wants(eventName)))
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(), UnitId = unitId, SubscriptionId = subscription.Id, Event = eventName, Subject = text, PayloadJson = payload,
                CreatedAt = now, NextAttemptAt = now,
            });
        }

        var people = await db.UserUnits.IgnoreQueryFilters().AsNoTracking().Where(b => lineage.Contains(b.UnitId))
            .Join(db.Users.IgnoreQueryFilters().Where(u => !u.Disabled), b => b.UserId, u => u.Id, (b, u) => u.Id).Distinct().ToListAsync(ct);
        foreach (var userId in people)
        {
            db.InAppNotifications.Add(new InAppNotification
            {
                Id = Guid.CreateVersion7(), UserId = userId, UnitId = unitId, Event = eventName, Text = text, Link = link, CreatedAt = now,
            });
        }
    }

    private static string Payload(string eventName, Guid unitId, string text, string link, string? publicUrl, DateTime at, IReadOnlyDictionary<string, string?> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", eventName);
            json.WriteString("at", at);
            json.WriteString("unitId", unitId);
            json.WriteString("text", text);
            json.WriteString("link", link);
            if (!string.IsNullOrWhiteSpace(publicUrl))
            {
                json.WriteString("url", publicUrl.TrimEnd('/') + link);
            }

            foreach (var (key, value) in fields)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
