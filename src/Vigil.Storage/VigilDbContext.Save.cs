using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vigil.Domain.Auditing;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    /// <summary>Named events that are not row changes (sign-in, lock-out); appended with the next save.</summary>
    public void AddAuditEvent(string action, string entityType, string entityId, Guid? unitId, string? details = null) =>
        AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = UtcNow,
            ActorId = Access.ActorId,
            ActorName = Access.ActorName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            UnitId = unitId,
            After = details,
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: the scope guard may need to read bindings.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        await new ScopeGuard(this).CheckAsync(changed, cancellationToken);
        var audit = AuditTrail.Describe(changed, Access, UtcNow);
        AuditEntries.AddRange(audit);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    internal static bool IsInfrastructure(EntityEntry entry) =>
        entry.Entity is AuditEntry or DataProtectionKey or Domain.Jobs.JobRun or Domain.Compliance.ComplianceEvaluationState;
}
