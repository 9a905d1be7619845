using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<SnmpCredentialProfile> SnmpCredentialProfiles => Set<SnmpCredentialProfile>();

    public DbSet<SnmpPollTarget> SnmpPollTargets => Set<SnmpPollTarget>();

    private void ConfigureSnmp(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SnmpCredentialProfile>(e =>
        {
            e.ToTable("snmp_credential_profiles");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => new { p.UnitId, p.Name }).IsUnique();
            e.HasQueryFilter(p => ScopeIsAll || ScopeUnitIds.Contains(p.UnitId));
        });

        modelBuilder.Entity<SnmpPollTarget>(e =>
        {
            e.ToTable("snmp_poll_targets");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<SnmpCredentialProfile>().WithMany().HasForeignKey(t => t.ProfileId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<NetworkDevice>().WithMany().HasForeignKey(t => t.DeviceId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(t => new { t.UnitId, t.Address, t.Port }).IsUnique();
            e.HasIndex(t => t.ProfileId);
            e.HasQueryFilter(t => ScopeIsAll || ScopeUnitIds.Contains(t.UnitId));
        });
    }
}
