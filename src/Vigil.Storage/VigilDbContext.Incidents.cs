using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Incidents;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<IncidentAsset> IncidentAssets => Set<IncidentAsset>();

    public DbSet<IncidentTimelineEntry> IncidentTimeline => Set<IncidentTimelineEntry>();

    public DbSet<IncidentFile> IncidentFiles => Set<IncidentFile>();

    private void ConfigureIncidents(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Incident>(e =>
        {
            e.ToTable("incidents");
            e.Property(i => i.Severity).HasConversion<string>();
            e.Property(i => i.Status).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(i => ScopeIsAll || ScopeUnitIds.Contains(i.UnitId));
        });

        modelBuilder.Entity<IncidentAsset>(e =>
        {
            e.ToTable("incident_assets");
            e.Property(a => a.Kind).HasConversion<string>();
            e.HasOne<Incident>().WithMany().HasForeignKey(a => a.IncidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(a => ScopeIsAll || ScopeUnitIds.Contains(a.UnitId));
        });

        modelBuilder.Entity<IncidentTimelineEntry>(e =>
        {
            e.ToTable("incident_timeline");
            e.Property(t => t.Kind).HasConversion<string>();
            e.HasOne<Incident>().WithMany().HasForeignKey(t => t.IncidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(t => ScopeIsAll || ScopeUnitIds.Contains(t.UnitId));
        });

        modelBuilder.Entity<IncidentFile>(e =>
        {
            e.ToTable("incident_files");
            e.HasOne<Incident>().WithMany().HasForeignKey(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(f => ScopeIsAll || ScopeUnitIds.Contains(f.UnitId));
        });
    }
}
