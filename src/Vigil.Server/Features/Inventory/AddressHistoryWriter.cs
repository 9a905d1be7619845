using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// Keeps <see cref="ComputerAddress"/> intervals in step with a source's reports. Called for stored (changed or new)
/// reports only and adds its rows to the same unit of work as the snapshot, so history and snapshot are saved together.
/// A report whose addresses and hostnames are those of the previous one costs nothing; one that changes them costs
/// one indexed read of the source's open rows.
/// </summary>
internal sealed class AddressHistoryWriter(VigilDbContext db)
{
    /// <param name="previous">The source's snapshot before this report; null for a new source.</param>
    /// <param name="sourceFirstSeen">The source's first report: the start of a value it showed before history existed.</param>
    public async Task RecordAsync(
        Computer computer, Guid sourceId, DateTime sourceFirstSeen, InventorySnapshot? previous, InventorySnapshot current, DateTime observedAt, CancellationToken ct)
    {
        var now = ComputerAddressSet.Of(current);
        var before = ComputerAddressSet.Of(previous);
        if (before.SetEquals(now))
        {
            return;
        }

        List<ComputerAddress> open = previous is null ? [] : await db.ComputerAddresses.Where(a => a.SourceId == sourceId && a.Until == null).ToListAsync(ct);
        var kept = new HashSet<(ComputerAddressKind, string)>(ComputerAddressSet.KeyComparer.Instance);
        foreach (var row in open)
        {
            if (now.Contains((row.Kind, row.Value)))
            {
                kept.Add((row.Kind, row.Value));
            }
            else
            {
                // A report older than the row's start (a delayed delivery) must not make an interval end before it began.
                row.Until = observedAt > row.FirstSeen ? observedAt : row.FirstSeen;
            }
        }

        foreach (var (kind, value) in now.Where(v => !kept.Contains(v)))
        {
            db.ComputerAddresses.Add(new ComputerAddress
            {
                Id = Guid.CreateVersion7(), ComputerId = computer.Id, UnitId = computer.UnitId, SourceId = sourceId, Kind = kind, Value = value,
                // Shown before but without a row: the source predates history and has not been backfilled yet.
                FirstSeen = before.Contains((kind, value)) && sourceFirstSeen < observedAt ? sourceFirstSeen : observedAt,
            });
        }
    }
}
