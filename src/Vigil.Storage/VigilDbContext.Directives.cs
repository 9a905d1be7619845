using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Directives;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    public DbSet<Directive> Directives => Set<Directive>();

    public DbSet<DirectiveAttachment> DirectiveAttachments => Set<DirectiveAttachment>();

    public DbSet<UnitReport> UnitReports => Set<UnitReport>();

    public DbSet<ReportVersion> ReportVersions => Set<ReportVersion>();

    public DbSet<ReportReminder> ReportReminders => Set<ReportReminder>();

    private void ConfigureDirectives(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Directive>(e =>
        {
            e.ToTable("directives");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            // A unit officer reads the directives that address their unit, though the target above them is not theirs:
            // the report's own filter decides, so a report they cannot see does not reveal its directive.
            e.HasQueryFilter(d => ScopeIsAll || ScopeUnitIds.Contains(d.UnitId) || UnitReports.Any(r => r.DirectiveId == d.Id));
        });

        modelBuilder.Entity<DirectiveAttachment>(e =>
        {
            e.ToTable("directive_attachments");
            e.HasOne<Directive>().WithMany().HasForeignKey(a => a.DirectiveId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(a => ScopeIsAll || ScopeUnitIds.Contains(a.UnitId) || UnitReports.Any(r => r.DirectiveId == a.DirectiveId));
        });

        modelBuilder.Entity<UnitReport>(e =>
        {
            e.ToTable("unit_reports");
            e.Property(r => r.Status).HasConversion<string>();
            e.HasOne<Directive>().WithMany().HasForeignKey(r => r.DirectiveId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(r => new { r.DirectiveId, r.UnitId }).IsUnique();
            e.HasQueryFilter(r => ScopeIsAll || ScopeUnitIds.Contains(r.UnitId));
        });

        modelBuilder.Entity<ReportVersion>(e =>
        {
            e.ToTable("report_versions");
            e.HasOne<UnitReport>().WithMany().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => new { v.ReportId, v.Version }).IsUnique();
            e.HasQueryFilter(v => ScopeIsAll || ScopeUnitIds.Contains(v.UnitId));
        });

        modelBuilder.Entity<ReportReminder>(e =>
        {
            e.ToTable("report_reminders");
            e.HasOne<UnitReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => ScopeIsAll || ScopeUnitIds.Contains(r.UnitId));
        });
    }
}
