using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;

namespace Vigil.Storage;

public sealed partial class VigilDbContext
{
    /// <summary>
    /// Writes the address history of sources stored before it existed, from each one's current snapshot, taking the
    /// source's first report as the start (its earlier addresses are unknown). Migration 0015 queued every source;
    /// each batch writes its rows and empties its part of the queue in one transaction, so a crash or a second run
    /// neither loses nor doubles anything, and once the queue is empty a start costs one query. A source that already
    /// has rows (its report changed since) is only taken off the queue. Returns the number of sources taken off.
    /// </summary>
    public async Task<int> BackfillAddressHistoryAsync(int batchSize, CancellationToken ct)
    {
        using var elevated = Access.ElevateToSystem();
        var total = 0;
        while (true)
        {
            var queued = await Database.SqlQuery<Guid>($"SELECT source_id AS \"Value\" FROM computer_address_backfill ORDER BY source_id LIMIT {batchSize}")
                .ToListAsync(ct);
            if (queued.Count == 0)
            {
                return total;
            }

            await using var transaction = await Database.BeginTransactionAsync(ct);
            var withRows = await ComputerAddresses.Where(a => queued.Contains(a.SourceId)).Select(a => a.SourceId).Distinct().ToListAsync(ct);
            var sources = await ComputerSources.AsNoTracking().Where(s => queued.Contains(s.Id) && !withRows.Contains(s.Id))
                .Select(s => new { s.Id, s.ComputerId, s.UnitId, s.FirstSeenAt, s.SnapshotJson }).ToListAsync(ct);
            foreach (var source in sources)
            {
                foreach (var (kind, value) in ComputerAddressSet.Of(SnapshotJson.Deserialize(source.SnapshotJson)))
                {
                    ComputerAddresses.Add(new ComputerAddress
                    {
                        Id = Guid.CreateVersion7(), ComputerId = source.ComputerId, UnitId = source.UnitId, SourceId = source.Id,
                        Kind = kind, Value = value, FirstSeen = source.FirstSeenAt,
                    });
                }
            }

            await SaveChangesAsync(ct);
            foreach (var id in queued)
            {
                await Database.ExecuteSqlAsync($"DELETE FROM computer_address_backfill WHERE source_id = {id}", ct);
            }

            await transaction.CommitAsync(ct);
            ChangeTracker.Clear();
            total += queued.Count;
        }
    }
}
