using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Assets;
using Vigil.Domain.Auditing;
using Vigil.Domain.Inventory;
using Vigil.Domain.Jobs;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Foreign keys are declared (without navigations) so that EF inserts principals before dependents in one save.
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OrgUnit>(e =>
        {
            e.ToTable("units");
            e.Property(u => u.Kind).HasConversion<string>();
            e.HasIndex(u => u.Code).IsUnique();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(u => ScopeIsAll || ScopeUnitIds.Contains(u.Id));
        });

        modelBuilder.Entity<UserAccount>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.Role).HasConversion<string>();
            e.HasMany(u => u.Units).WithOne().HasForeignKey(b => b.UserId);
            // A person is visible to whoever can read one of their units, and always to themselves.
            e.HasQueryFilter(u => ScopeIsAll || u.Id == ScopeUserId || u.Units.Any(b => ScopeUnitIds.Contains(b.UnitId)));
        });

        modelBuilder.Entity<UserUnit>(e =>
        {
            e.ToTable("user_units");
            e.HasKey(b => new { b.UserId, b.UnitId });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(b => ScopeIsAll || b.UserId == ScopeUserId || ScopeUnitIds.Contains(b.UnitId));
        });

        modelBuilder.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(t => ScopeIsAll || t.UserId == ScopeUserId);
        });

        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasQueryFilter(a => ScopeIsAll || (a.UnitId != null && ScopeUnitIds.Contains(a.UnitId.Value)));
        });

        modelBuilder.Entity<Computer>(e =>
        {
            e.ToTable("computers");
            e.Property(c => c.OsFamily).HasConversion<string>();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<NetworkDevice>(e =>
        {
            e.ToTable("network_devices");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(d => ScopeIsAll || ScopeUnitIds.Contains(d.UnitId));
        });

        ConfigureInventory(modelBuilder);

        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.HasKey(k => k.FriendlyName);
        });

        modelBuilder.Entity<JobRun>(e => e.ToTable("job_runs"));

        OnAgentModelCreating(modelBuilder);
        ConfigureCompliance(modelBuilder);
        ConfigureDevices(modelBuilder);
        ConfigureSnmp(modelBuilder);
        ConfigureDirectives(modelBuilder);
        ConfigureIndicators(modelBuilder);
        ConfigureAlerts(modelBuilder);
        ConfigureIsolation(modelBuilder);
        ConfigureIncidents(modelBuilder);
        ConfigureNotifications(modelBuilder);
        ConfigureAddressHistory(modelBuilder);
        ConfigureVulnerabilities(modelBuilder);

        ApplySnakeCaseColumns(modelBuilder);
        if (!IsPostgres)
        {
            ApplySqliteUtcDates(modelBuilder);
        }
    }

    private void OnAgentModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnrolmentToken>(e =>
        {
            e.ToTable("enrolment_tokens");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => t.SecretHash).IsUnique();
            e.HasQueryFilter(t => ScopeIsAll || ScopeUnitIds.Contains(t.UnitId));
        });

        modelBuilder.Entity<Agent>(e =>
        {
            e.ToTable("agents");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.CredentialHash).IsUnique();
            e.HasQueryFilter(a => ScopeIsAll || ScopeUnitIds.Contains(a.UnitId));
        });

        modelBuilder.Entity<AgentReceipt>(e =>
        {
            e.ToTable("agent_receipts");
            e.HasKey(r => new { r.AgentId, r.IdempotencyKey });
            e.HasOne<Agent>().WithMany().HasForeignKey(r => r.AgentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(r => ScopeIsAll || ScopeUnitIds.Contains(r.UnitId));
        });

        modelBuilder.Entity<AgentCommand>(e =>
        {
            e.ToTable("agent_commands");
            e.HasOne<Agent>().WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });
    }

    private void ConfigureInventory(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ComputerSource>(e =>
        {
            e.ToTable("computer_sources");
            e.Property(s => s.Source).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(s => s.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(s => ScopeIsAll || ScopeUnitIds.Contains(s.UnitId));
        });

        modelBuilder.Entity<ComputerIdentifier>(e =>
        {
            e.ToTable("computer_identifiers");
            e.HasKey(i => new { i.Kind, i.Value });
            // Reports look identifiers up by value alone (migration 0017).
            e.HasIndex(i => i.Value);
            e.Property(i => i.Kind).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(i => i.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(i => ScopeIsAll || ScopeUnitIds.Contains(i.UnitId));
        });

        modelBuilder.Entity<ComputerChange>(e =>
        {
            e.ToTable("computer_changes");
            e.Property(c => c.Source).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(c => c.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<ComputerConflict>(e =>
        {
            e.ToTable("computer_conflicts");
            e.Property(c => c.ChosenSource).HasConversion<string>();
            e.HasOne<Computer>().WithMany().HasForeignKey(c => c.ComputerId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(c => ScopeIsAll || ScopeUnitIds.Contains(c.UnitId));
        });

        modelBuilder.Entity<UnassignedReport>(e =>
        {
            e.ToTable("unassigned_reports");
            e.Property(r => r.Source).HasConversion<string>();
            e.HasQueryFilter(r => ScopeSortsUnassigned);
        });
    }

    /// <summary>Columns are snake_case in both providers, matching the versioned SQL in Migrations/.</summary>
    private static void ApplySnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    /// <summary>SQLite keeps dates as text without a zone; everything stored is UTC, so say so when reading.</summary>
    private static void ApplySqliteUtcDates(ModelBuilder modelBuilder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var nullableUtc = new ValueConverter<DateTime?, DateTime?>(v => v, v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(nullableUtc);
                }
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
