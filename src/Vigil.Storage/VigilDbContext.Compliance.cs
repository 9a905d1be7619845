using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<ComplianceResult> ComplianceResults => Set<ComplianceResult>();

    public DbSet<ComplianceChange> ComplianceChanges => Set<ComplianceChange>();

    public DbSet<ComplianceDailyCount> ComplianceDailyCounts => Set<ComplianceDailyCount>();

    public DbSet<EsuException> EsuExceptions => Set<EsuException>();

    public DbSet<RemediationItem> RemediationItems => Set<RemediationItem>();

    public DbSet<RemediationEvent> RemediationEvents => Set<RemediationEvent>();

    public DbSet<ComplianceEvaluationState> ComplianceEvaluationStates => Set<ComplianceEvaluationState>();

    private void ConfigureCompliance(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ComplianceResult>(e =>
        {
            e.ToTable("compliance_results");
            e.HasKey(r => new { r.ComputerId, r.RuleId });
            e.Property(r => r.Status).HasConversion<string>();
            e.Property(r => r.Remediation).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(r => r.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(r => ScopeIsAll || ScopeUnitIds.Contains(r.UnitId));
        });

        modelBuilder.Entity<ComplianceChange>(e =>
        {
            e.ToTable("compliance_changes");
            e.Property(c => c.OldStatus).HasConversion<string>();
            e.Property(c => c.NewStatus).HasConversion<string>();
            e.Property(c => c.Remediation).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(c => c.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<ComplianceDailyCount>(e =>
        {
            e.ToTable("compliance_daily_counts");
            e.HasKey(c => new { c.UnitId, c.RuleId, c.Day });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<EsuException>(e =>
        {
            e.ToTable("esu_exceptions");
            e.HasOne<Computer>().WithMany().HasForeignKey(x => x.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => ScopeIsAll || ScopeUnitIds.Contains(x.UnitId));
        });

        modelBuilder.Entity<RemediationItem>(e =>
        {
            e.ToTable("remediation_items");
            e.Property(i => i.Kind).HasConversion<string>();
            e.Property(i => i.Status).HasConversion<string>();
            e.Ignore(i => i.IsOpen);
            e.HasOne<Computer>().WithMany().HasForeignKey(i => i.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<NetworkDevice>().WithMany().HasForeignKey(i => i.NetworkDeviceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(i => ScopeIsAll || ScopeUnitIds.Contains(i.UnitId));
        });

        modelBuilder.Entity<RemediationEvent>(e =>
        {
            e.ToTable("remediation_events");
            e.Property(v => v.Kind).HasConversion<string>();
            e.Property(v => v.FromStatus).HasConversion<string>();
            e.Property(v => v.ToStatus).HasConversion<string>();
            e.HasOne<RemediationItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(v => ScopeIsAll || ScopeUnitIds.Contains(v.UnitId));
        });

        modelBuilder.Entity<ComplianceEvaluationState>(e => e.ToTable("compliance_evaluation_state"));
    }
}
