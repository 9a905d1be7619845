using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Alerts;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<RetainedLog> RetainedLogs => Set<RetainedLog>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertHit> AlertHits => Set<AlertHit>();

    private void ConfigureAlerts(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RetainedLog>(e =>
        {
            e.ToTable("retained_logs");
            e.Property(l => l.Source).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => new { l.UnitId, l.ReceivedAt });
            e.HasQueryFilter(l => ScopeIsAll || ScopeUnitIds.Contains(l.UnitId));
        });

        modelBuilder.Entity<Alert>(e =>
        {
            e.ToTable("alerts");
            e.Property(a => a.IndicatorType).HasConversion<string>();
            e.Property(a => a.Action).HasConversion<string>();
            e.Property(a => a.Status).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Computer>().WithMany().HasForeignKey(a => a.ComputerId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(a => new { a.UnitId, a.IndicatorType, a.Indicator, a.Subject }).IsUnique();
            e.HasQueryFilter(a => ScopeIsAll || ScopeUnitIds.Contains(a.UnitId));
        });

        modelBuilder.Entity<AlertHit>(e =>
        {
            e.ToTable("alert_hits");
            e.HasOne<Alert>().WithMany().HasForeignKey(h => h.AlertId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<RetainedLog>().WithMany().HasForeignKey(h => h.LogId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(h => new { h.AlertId, h.LogId, h.Line }).IsUnique();
            e.HasQueryFilter(h => ScopeIsAll || ScopeUnitIds.Contains(h.UnitId));
        });
    }
}
