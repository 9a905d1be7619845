using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<StoredIndicator> Indicators => Set<StoredIndicator>();

    public DbSet<IndicatorOverride> IndicatorOverrides => Set<IndicatorOverride>();

    public DbSet<IndicatorImportBatch> IndicatorImportBatches => Set<IndicatorImportBatch>();

    public DbSet<PublishedPack> IndicatorPacks => Set<PublishedPack>();

    public DbSet<PackMember> IndicatorPackMembers => Set<PackMember>();

    public DbSet<PackDeployment> IndicatorPackDeployments => Set<PackDeployment>();

    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    private void ConfigureIndicators(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredIndicator>(e =>
        {
            e.ToTable("indicators");
            e.Property(i => i.Type).HasConversion<string>();
            e.Property(i => i.Tlp).HasConversion<string>();
            e.Property(i => i.Action).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(i => new { i.UnitId, i.Type, i.Value }).IsUnique();
            // Indicators of other units are read through a pack (members are read after the pack's own filter let it
            // through), never directly: a unit's own list stays its own.
            e.HasQueryFilter(i => ScopeIsAll || ScopeUnitIds.Contains(i.UnitId));
        });

        modelBuilder.Entity<IndicatorOverride>(e =>
        {
            e.ToTable("indicator_overrides");
            e.HasOne<StoredIndicator>().WithMany().HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(o => ScopeIsAll || ScopeUnitIds.Contains(o.UnitId));
        });

        modelBuilder.Entity<IndicatorImportBatch>(e =>
        {
            e.ToTable("indicator_import_batches");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(b => ScopeIsAll || ScopeUnitIds.Contains(b.UnitId));
        });

        modelBuilder.Entity<PublishedPack>(e =>
        {
            e.ToTable("indicator_packs");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
            // The publisher's scope, or, once published, any caller with a unit inside the target subtree. The storage
            // guard still limits changes to the publishing unit's scope, so readers in the subtree cannot change it.
            e.HasQueryFilter(p => ScopeIsAll || ScopeUnitIds.Contains(p.UnitId)
                || (p.PublishedAt != null && Units.Any(u => ScopeUnitIds.Contains(u.Id) && u.Path.StartsWith(p.TargetPath))));
        });

        modelBuilder.Entity<PackMember>(e =>
        {
            e.ToTable("indicator_pack_members");
            e.HasKey(m => new { m.PackId, m.IndicatorId });
            e.HasOne<PublishedPack>().WithMany().HasForeignKey(m => m.PackId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<StoredIndicator>().WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(m => ScopeIsAll || IndicatorPacks.Any(p => p.Id == m.PackId));
        });

        modelBuilder.Entity<PackDeployment>(e =>
        {
            e.ToTable("indicator_pack_deployments");
            e.HasOne<PublishedPack>().WithMany().HasForeignKey(d => d.PackId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(d => ScopeIsAll || ScopeUnitIds.Contains(d.UnitId));
        });

        modelBuilder.Entity<FeedToken>(e =>
        {
            e.ToTable("feed_tokens");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PublishedPack>().WithMany().HasForeignKey(t => t.PackId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(t => t.SecretHash).IsUnique();
            e.HasQueryFilter(t => ScopeIsAll || ScopeUnitIds.Contains(t.UnitId));
        });
    }
}
