using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.Notifications;

/// <summary>The signed-in person's own notices; the query filter shows nobody else's.</summary>
public sealed class InAppNotifications(VigilDbContext db, TimeProvider clock)
{
    public async Task<InAppNotificationListDto> MineAsync(int take, CancellationToken ct)
    {
        var items = await db.InAppNotifications.AsNoTracking().Where(n => n.UserId == db.Access.Scope.UserId).OrderByDescending(n => n.CreatedAt).Take(take)
            .Select(n => new InAppNotificationDto(n.Id, n.Event, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToListAsync(ct);
        return new InAppNotificationListDto(items, await UnreadAsync(ct));
    }

    public Task<int> UnreadAsync(CancellationToken ct) =>
        db.Access.Scope.UserId is { } me ? db.InAppNotifications.CountAsync(n => n.UserId == me && n.ReadAt == null, ct) : Task.FromResult(0);

    public async Task<Result<Guid>> MarkReadAsync(Guid id, CancellationToken ct)
    {
        var notice = await db.InAppNotifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == db.Access.Scope.UserId, ct);
        if (notice is null)
        {
            return Error.NotFound("notification.not_found", $"Notification {id} does not exist or is not yours.");
        }

        notice.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return id;
    }
}
