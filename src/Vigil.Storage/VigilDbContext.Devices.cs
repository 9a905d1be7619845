using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<NetworkDeviceReport> NetworkDeviceReports => Set<NetworkDeviceReport>();

    public DbSet<NetworkDeviceChange> NetworkDeviceChanges => Set<NetworkDeviceChange>();

    public DbSet<FirmwareBaseline> FirmwareBaselines => Set<FirmwareBaseline>();

    public DbSet<FirmwareUpdateEvent> FirmwareUpdateEvents => Set<FirmwareUpdateEvent>();

    public DbSet<DeviceLifecycleRecord> DeviceLifecycleRecords => Set<DeviceLifecycleRecord>();

    private void ConfigureDevices(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NetworkDeviceReport>(e =>
        {
            e.ToTable("network_device_reports");
            e.HasKey(r => new { r.DeviceId, r.Source });
            e.HasOne<NetworkDevice>().WithMany().HasForeignKey(r => r.DeviceId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => ScopeIsAll || ScopeUnitIds.Contains(r.UnitId));
        });

        modelBuilder.Entity<NetworkDeviceChange>(e =>
        {
            e.ToTable("network_device_changes");
            e.HasOne<NetworkDevice>().WithMany().HasForeignKey(c => c.DeviceId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<FirmwareBaseline>(e =>
        {
            e.ToTable("firmware_baselines");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(b => new { b.UnitId, b.SoftwareFamily, b.Model }).IsUnique();
            e.HasQueryFilter(b => ScopeIsAll || ScopeUnitIds.Contains(b.UnitId));
        });

        modelBuilder.Entity<FirmwareUpdateEvent>(e =>
        {
            e.ToTable("firmware_update_events");
            e.HasOne<NetworkDevice>().WithMany().HasForeignKey(u => u.DeviceId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(u => ScopeIsAll || ScopeUnitIds.Contains(u.UnitId));
        });

        // Reference data without a unit: no read filter; the write guard lets only administrators change it.
        modelBuilder.Entity<DeviceLifecycleRecord>(e =>
        {
            e.ToTable("device_lifecycle_records");
            e.HasIndex(r => new { r.Vendor, r.ModelPattern }).IsUnique();
        });
    }
}
