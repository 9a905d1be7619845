using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Organisation;
using Vigil.Domain.Vulnerabilities.Stored;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<StoredCve> Cves => Set<StoredCve>();

    public DbSet<StoredKevEntry> KevEntries => Set<StoredKevEntry>();

    public DbSet<StoredBulletin> Bulletins => Set<StoredBulletin>();

    public DbSet<StoredBulletinRow> BulletinRows => Set<StoredBulletinRow>();

    public DbSet<VulnerabilityFinding> VulnerabilityFindings => Set<VulnerabilityFinding>();

    public DbSet<VulnerabilityAssetState> VulnerabilityAssetStates => Set<VulnerabilityAssetState>();

    private void ConfigureVulnerabilities(ModelBuilder modelBuilder)
    {
        // The catalog is reference data without a unit: everyone reads it; the write guard lets administrators and
        // coordinators import it.
        modelBuilder.Entity<StoredCve>(e => e.ToTable("cves"));
        modelBuilder.Entity<StoredKevEntry>(e =>
        {
            e.ToTable("kev_entries");
            e.HasKey(k => k.CveId);
        });
        modelBuilder.Entity<StoredBulletin>(e =>
        {
            e.ToTable("bulletins");
            e.HasIndex(b => b.DocumentNumber).IsUnique();
        });
        modelBuilder.Entity<StoredBulletinRow>(e =>
        {
            e.ToTable("bulletin_rows");
            e.HasOne<StoredBulletin>().WithMany().HasForeignKey(r => r.BulletinId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => new { r.BulletinId, r.Position });
        });

        modelBuilder.Entity<VulnerabilityFinding>(e =>
        {
            e.ToTable("vulnerability_findings");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(f => new { f.AssetId, f.CveId }).IsUnique();
            e.HasQueryFilter(f => ScopeIsAll || ScopeUnitIds.Contains(f.UnitId));
        });

        modelBuilder.Entity<VulnerabilityAssetState>(e =>
        {
            e.ToTable("vulnerability_asset_states");
            e.HasKey(s => s.AssetId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(s => ScopeIsAll || ScopeUnitIds.Contains(s.UnitId));
        });
    }
}
