using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Isolation;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<HostIsolation> HostIsolations => Set<HostIsolation>();

    public DbSet<IsolationStep> IsolationSteps => Set<IsolationStep>();

    private void ConfigureIsolation(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HostIsolation>(e =>
        {
            e.ToTable("host_isolations");
            e.Property(i => i.Mode).HasConversion<string>();
            e.Property(i => i.Status).HasConversion<string>();
            e.Ignore(i => i.IsOpen);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Computer>().WithMany().HasForeignKey(i => i.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(i => new { i.ComputerId, i.RequestedAt });
            e.HasQueryFilter(i => ScopeIsAll || ScopeUnitIds.Contains(i.UnitId));
        });

        modelBuilder.Entity<IsolationStep>(e =>
        {
            e.ToTable("isolation_steps");
            e.HasOne<HostIsolation>().WithMany().HasForeignKey(s => s.IsolationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => new { s.IsolationId, s.At });
            e.HasQueryFilter(s => ScopeIsAll || ScopeUnitIds.Contains(s.UnitId));
        });
    }
}
