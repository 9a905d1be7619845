using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Stores reports: an unchanged re-report only moves the observed time; a changed or new one is matched to a
/// computer (source key, then UUID, serial, MAC, hostname in unit), its changes written to history and the
/// computer's facts re-resolved from all its sources. Callers authorise the channel first; the ingest then acts as
/// the system, because the same machine may already be known in another unit (which is shown as a conflict).
/// Unchanged re-reports, and reports that only add rows (a new computer's), go through the <see cref="ReportWriter"/>'s
/// group commit unless a caller's transaction is open (an import); without a writer (tests of the ingest alone) they
/// are written directly.
/// </summary>
internal sealed partial class InventoryIngestService(VigilDbContext db, TimeProvider clock, ReportWriter? writer = null) : IInventoryIngest
{
    private const int Attempts = 3;

    private readonly ComputerResolver _resolver = new(db, clock);

    private readonly AddressHistoryWriter _addresses = new(db);

    public async Task<Result<IngestOutcome>> IngestAsync(InventoryReport report, AlongsideWrite? alongside, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var prepared = Prepared.Of(report);
        using var elevated = db.Access.ElevateToSystem();
        var ambient = db.Database.CurrentTransaction is not null;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await IngestOneAsync(prepared, alongside, ct) is { } outcome)
                {
                    return outcome;
                }
            }
            catch (DbUpdateException) when (attempt < Attempts && !ambient)
            {
                // Two first reports of one machine raced on an identifier or source key; the loser retries and merges.
            }

            db.ChangeTracker.Clear();
            if (attempt >= Attempts)
            {
                return Error.Conflict("inventory.busy", "The same computer is being reported by several sources at once; try again.");
            }
        }
    }

    public async Task<Result<IReadOnlyList<IngestOutcome>>> IngestAllAsync(IReadOnlyList<InventoryReport> reports, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var prepared = reports.Select(Prepared.Of).ToList();
        using var elevated = db.Access.ElevateToSystem();

        // Joins the caller's transaction when there is one (an import that also writes network devices).
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var outcomes = new List<IngestOutcome>(prepared.Count);
            foreach (var report in prepared)
            {
                // A race lost inside a transaction cannot be retried here (PostgreSQL aborts it); the caller repeats.
                var outcome = await IngestOneAsync(report, null, ct)
                    ?? Error.Conflict("inventory.busy", "Another import of the same computers is running; try again.");
                if (!outcome.IsSuccess)
                {
                    return outcome.Error!;
                }

                outcomes.Add(outcome.Value!);
            }

            if (own is not null)
            {
                await own.CommitAsync(ct);
            }

            return outcomes;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>Null when a concurrent report created the same computer first and this one must start over.</summary>
    private async Task<Result<IngestOutcome>?> IngestOneAsync(Prepared report, AlongsideWrite? alongside, CancellationToken ct)
    {
        var ambient = db.Database.CurrentTransaction is not null;
        // A channel that fixes the unit (an agent) knows the report's identity keys before any read, so the first look
        // fetches the identifiers as well; otherwise it reads the unit the report names, and the keys follow from that.
        var fixedKeys = report.UnitId is { } fixedUnit ? IdentityKeys.Of(report.Snapshot, fixedUnit) : null;
        var first = await IngestQueries.FirstLookAsync(
            db, report.Source, report.SourceKey, report.UnitId is null ? UnitCode(report) : null, fixedKeys?.ConvertAll(k => k.Value) ?? [], ct);
        var head = first.Head;
        var unitId = report.UnitId ?? first.UnitByCode;
        if (head is not null && report.Source == InventorySource.Import && unitId != head.UnitId)
        {
            // The computer was moved to another unit since this sheet was imported; the old unit's sheet must not
            // reach into the new unit's record, so the row is refused rather than applied.
            return Error.Validation("inventory.moved", "This computer has been moved to another unit; remove it from this unit's sheet.", report.SourceKey);
        }

        if (head is not null && head.SnapshotHash == report.Hash)
        {
            var unchanged = new IngestOutcome(IngestStatus.Unchanged, head.ComputerId);
            await TouchAsync(new Observation(head.Id, head.ComputerId, report.ObservedAt), head.ObservedAt, alongside, unchanged, ct);
            return unchanged;
        }

        var source = head is null ? null : await db.ComputerSources.FirstAsync(s => s.Id == head.Id, ct);
        IdentifierLookup? lookup = null;
        Computer? computer;
        if (source is not null)
        {
            computer = await db.Computers.FirstAsync(c => c.Id == source.ComputerId, ct);
        }
        else
        {
            lookup = fixedKeys is null ? await LookUpIdentifiersAsync(report, unitId, ct) : new IdentifierLookup(unitId, fixedKeys, first.Identifiers);
            computer = await MatchAsync(report, lookup, ct);
        }

        if (computer is null && unitId is null)
        {
            var unassigned = new IngestOutcome(IngestStatus.Unassigned, null);
            await QueueUnassignedAsync(report, alongside, unassigned, ct);
            return unassigned;
        }

        var isNew = computer is null;
        if (computer is null)
        {
            computer = new Computer { Id = Guid.CreateVersion7(), UnitId = unitId!.Value, FirstSeenAt = report.ObservedAt };
            db.Computers.Add(computer);
        }

        var recorded = RecordSource(computer, source, report);
        await _addresses.RecordAsync(computer, recorded.SourceId, recorded.FirstSeen, recorded.Previous, report.Snapshot, report.ObservedAt, ct);

        // A computer created just now has nothing stored yet, and its identifiers were looked up a moment ago with
        // the same keys (its unit is the reported one): the resolution reads neither again.
        if (!await ResolveAsync(computer, source, report, unitId, isNew ? lookup : null, ct))
        {
            return null;
        }

        var stored = new IngestOutcome(IngestStatus.Stored, computer.Id);
        if (writer is not null && !ambient && await db.TakeAddedRowsAsync(ct) is { } rows)
        {
            // Only a report without a unit waits unassigned; an agent always reports with its enrolment's unit.
            var waiting = report.Source == InventorySource.Agent ? ((InventorySource, string)?)null : (report.Source, report.SourceKey);
            await writer.WriteAsync(rows, waiting, alongside, stored, ct);
            db.ForgetTakenRows();
            return stored;
        }

        await CommitAsync(
            async () =>
            {
                // Only a report without a unit waits unassigned; an agent always reports with its enrolment's unit,
                // so it never has a row to remove and is spared the statement.
                if (report.Source != InventorySource.Agent)
                {
                    await db.UnassignedReports.Where(r => r.Source == report.Source && r.SourceKey == report.SourceKey).ExecuteDeleteAsync(ct);
                }
                if (alongside is not null)
                {
                    await alongside(db, stored, ct);
                }
            },
            ct);
        return stored;
    }

    // The common case, an unchanged re-report, costs two indexed updates and no reads of the snapshot; outside an
    // import they share one commit with whatever other re-reports arrived meanwhile.
    private async Task TouchAsync(Observation seen, DateTime storedObservedAt, AlongsideWrite? alongside, IngestOutcome outcome, CancellationToken ct)
    {
        if (writer is not null && db.Database.CurrentTransaction is null)
        {
            await writer.WriteAsync(seen, alongside, ct);
            return;
        }

        if (seen.ObservedAt > storedObservedAt)
        {
            await db.MoveObservedTimesForwardAsync([(seen.SourceId, seen.ComputerId, seen.ObservedAt)], ct);
        }

        if (alongside is not null)
        {
            await CommitAsync(() => alongside(db, outcome, ct), ct);
        }
    }

    /// <summary>
    /// One commit for the report's writes: statements run by <paramref name="writes"/> and the tracked changes. The
    /// transaction starts only now, after the reads and the resolution, so SQLite's single write lock is held briefly.
    /// </summary>
    private async Task CommitAsync(Func<Task> writes, CancellationToken ct)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        // EF guards a save inside a transaction with a savepoint, two more statements, so that a failed save leaves the
        // transaction usable. A failure here ends this transaction (the ingest retries from the start), so only a
        // caller's transaction (an import) needs the guard.
        db.Database.AutoSavepointsEnabled = own is null;
        try
        {
            await writes();
            await db.SaveChangesAsync(ct);
            if (own is not null)
            {
                await own.CommitAsync(ct);
            }
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The unit code the report names (an OCS TAG, a sheet's unit), normalised; null when it names none that could exist.</summary>
    private static string? UnitCode(Prepared report) => UnitTree.NormaliseCode(report.UnitHint) is { IsSuccess: true } code ? code.Value : null;

    /// <summary>Stores the report as the source's snapshot; returns the source and the snapshot it replaced (null when new).</summary>
    private (Guid SourceId, DateTime FirstSeen, InventorySnapshot? Previous) RecordSource(Computer computer, ComputerSource? source, Prepared report)
    {
        if (source is null)
        {
            var id = Guid.CreateVersion7();
            var json = report.Json; // before the hash: one serialization gives both
            db.ComputerSources.Add(new ComputerSource
            {
                Id = id,
                ComputerId = computer.Id,
                UnitId = computer.UnitId,
                Source = report.Source,
                SourceKey = report.SourceKey,
                ObservedAt = report.ObservedAt,
                FirstSeenAt = report.ObservedAt,
                SnapshotHash = report.Hash,
                SnapshotJson = json,
            });
            AddChange(computer, report, "source", null, report.Source.ToString().ToLowerInvariant() + " " + report.SourceKey);
            return (id, report.ObservedAt, null);
        }

        var previous = SnapshotJson.Deserialize(source.SnapshotJson);
        foreach (var change in SnapshotDiff.Compare(previous, report.Snapshot))
        {
            AddChange(computer, report, change.Field, change.OldValue, change.NewValue);
        }

        source.SnapshotHash = report.Hash;
        source.SnapshotJson = report.Json;
        source.ObservedAt = report.ObservedAt > source.ObservedAt ? report.ObservedAt : source.ObservedAt;
        return (source.Id, source.FirstSeenAt, previous);
    }

    private void AddChange(Computer computer, Prepared report, string field, string? oldValue, string? newValue) =>
        db.ComputerChanges.Add(new ComputerChange
        {
            Id = Guid.CreateVersion7(),
            ComputerId = computer.Id,
            UnitId = computer.UnitId,
            Source = report.Source,
            ObservedAt = report.ObservedAt,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
            Actor = db.Access.ActorId is null ? null : db.Access.ActorName,
        });

    private async Task QueueUnassignedAsync(Prepared report, AlongsideWrite? alongside, IngestOutcome outcome, CancellationToken ct)
    {
        var row = await db.UnassignedReports.FirstOrDefaultAsync(r => r.Source == report.Source && r.SourceKey == report.SourceKey, ct);
        if (row is null)
        {
            row = new UnassignedReport { Id = Guid.CreateVersion7(), Source = report.Source, SourceKey = report.SourceKey, FirstSeenAt = report.ObservedAt };
            db.UnassignedReports.Add(row);
        }

        row.UnitHint = report.UnitHint;
        row.Hostname = report.Snapshot.Hostname;
        row.OsName = report.Snapshot.Os?.Name ?? OsRelease.Of(report.Snapshot.Os);
        row.ObservedAt = report.ObservedAt;
        row.Reports++;
        row.SnapshotJson = report.Json;
        await CommitAsync(() => alongside is null ? Task.CompletedTask : alongside(db, outcome, ct), ct);
    }
}
