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
        // Noted agent contacts are statements, not tracked entities: they go first, so the rows below meet them written.
        await WriteAgentContactsAsync(cancellationToken);

        // One scan for changes: the base save would scan every tracked entity again (with the listing, a tenth of an
        // inventory report's save), and nothing below changes a tracked entity's values.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        var changed = ChangedEntries();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await CheckAndAuditAsync(changed, cancellationToken);
            if (AddedRowWriter.Group(changed, this) is not { } rows)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await AddedRowWriter.WriteAsync(this, [rows], cancellationToken);
            if (acceptAllChangesOnSuccess)
            {
                ChangeTracker.AcceptAllChanges();
            }

            return changed.Count;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// This unit of work's changes as rows for another context to write (the inventory's group commit), checked
    /// against the scope and audited as a save would be; null, with nothing done, unless every change is a new row of
    /// a plain entity type. Once another context has written them, <see cref="ForgetTakenRows"/> ends this unit of work.
    /// </summary>
    public async Task<AddedRows?> TakeAddedRowsAsync(CancellationToken ct)
    {
        var changed = ChangedEntries();
        if (!AddedRowWriter.Qualifies(changed, this))
        {
            return null;
        }

        await CheckAndAuditAsync(changed, ct);
        return AddedRowWriter.Group(changed, this) ?? throw new InvalidOperationException("An audit entry cannot be written as an added row.");
    }

    /// <summary>
    /// Lets go of every tracked entity once the rows taken by <see cref="TakeAddedRowsAsync"/> are written elsewhere. Only
    /// added rows were taken, so nothing unsaved is lost; marking them saved instead would snapshot every column of every
    /// new row (a twentieth of a new computer's report) for a context about to be disposed.
    /// </summary>
    public void ForgetTakenRows() => ChangeTracker.Clear();

    /// <summary>Writes rows taken from other units of work in this context's transaction (its own when none is open).</summary>
    public Task WriteAddedRowsAsync(IReadOnlyList<AddedRows> rows, CancellationToken ct) => AddedRowWriter.WriteAsync(this, rows, ct);

    /// <summary>
    /// The <typeparamref name="T"/> entities this unit of work tracks, added ones included and deleted ones not (what
    /// <c>DbSet.Local</c> holds), read without the scan of every tracked entity for changes that <c>Local</c> makes on
    /// each read (in the ingest, a twentieth of a new computer's report). Nor does it use <c>Local</c>: once read, that
    /// view listens to every later state change in the context, each added row included. Membership does not depend on
    /// the scan; values are read from the entities themselves.
    /// </summary>
    public List<T> Tracked<T>()
        where T : class => TrackedEntries<T>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).ToList();

    /// <summary>As <see cref="Tracked{T}"/>, with each entity's state, deleted ones included.</summary>
    public List<EntityEntry<T>> TrackedEntries<T>()
        where T : class => WithoutChangeScan(() => ChangeTracker.Entries<T>().ToList());

    /// <summary>
    /// The entity's state (Detached when not tracked), without the scan of its values for changes that <c>Entry</c>
    /// makes: that scan can only turn Unchanged into Modified, which the callers, asking whether an entity is new or
    /// deleted, do not tell apart.
    /// </summary>
    public EntityState StateOf(object entity) => WithoutChangeScan(() => Entry(entity).State);

    /// <summary>
    /// Scans for changes once (listing the entries would scan every tracked entity again), and not at all when every
    /// tracked entity is new, as in a new computer's report: no entity was read, so none can have been modified
    /// unseen, and new rows are written from their current values. There the scan cost a twentieth of the report.
    /// </summary>
    private List<EntityEntry> ChangedEntries()
    {
        var entries = WithoutChangeScan(() => ChangeTracker.Entries().ToList());
        if (entries.TrueForAll(e => e.State == EntityState.Added))
        {
            return entries;
        }

        ChangeTracker.DetectChanges();
        return WithoutChangeScan(() => ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList());
    }

    private TResult WithoutChangeScan<TResult>(Func<TResult> read)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>Refuses a change outside the scope, then adds the audit entries (to the context and to <paramref name="changed"/>).</summary>
    private async Task CheckAndAuditAsync(List<EntityEntry> changed, CancellationToken ct)
    {
        await new ScopeGuard(this).CheckAsync(changed, ct);
        var audit = AuditTrail.Describe(changed, Access, UtcNow);
        AuditEntries.AddRange(audit);
        changed.AddRange(audit.Select(a => Entry(a)));
    }

    internal static bool IsInfrastructure(EntityEntry entry) =>
        entry.Entity is AuditEntry or DataProtectionKey or Domain.Jobs.JobRun or Domain.Compliance.ComplianceEvaluationState;
}
