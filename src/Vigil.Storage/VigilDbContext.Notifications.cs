using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Notifications;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<NotificationSubscription> NotificationSubscriptions => Set<NotificationSubscription>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InAppNotification> InAppNotifications => Set<InAppNotification>();

    private void ConfigureNotifications(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationSubscription>(e =>
        {
            e.ToTable("notification_subscriptions");
            e.Property(s => s.Channel).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(s => ScopeIsAll || ScopeUnitIds.Contains(s.UnitId));
        });

        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(m => ScopeIsAll || ScopeUnitIds.Contains(m.UnitId));
        });

        modelBuilder.Entity<InAppNotification>(e =>
        {
            e.ToTable("in_app_notifications");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
            // A person's own list: nobody else reads it, whatever their scope.
            e.HasQueryFilter(n => ScopeIsAll || n.UserId == ScopeUserId);
        });
    }
}
