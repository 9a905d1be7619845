using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Computers stored before compliance (or by a path that did not evaluate them) have no hotfixes, security products or program
/// names on their row: those facts lived only in the sources' snapshots. Before their first evaluation they are resolved
/// again from their sources, a few at a time because snapshots can be large.
/// </summary>
internal static class ComplianceFactsBackfill
{
    private const int SnapshotsAtOnce = 25;

    public static async Task FillAsync(VigilDbContext db, List<Computer> computers, CancellationToken ct)
    {
        foreach (var chunk in computers.Where(c => c.Hotfixes is null && c.SecurityProductsJson is null && c.InstalledSoftware is null).Chunk(SnapshotsAtOnce))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var sources = await db.ComputerSources.AsNoTracking()
                .Where(s => ids.Contains(s.ComputerId))
                .Select(s => new { s.ComputerId, s.Source, s.SourceKey, s.ObservedAt, s.SnapshotJson })
                .ToListAsync(ct);
            foreach (var computer in chunk)
            {
                var snapshots = sources.Where(s => s.ComputerId == computer.Id)
                    .Select(s => new SourceSnapshot(s.Source, s.SourceKey, s.ObservedAt, SnapshotJson.Deserialize(s.SnapshotJson)))
                    .ToList();
                if (!snapshots.Exists(s => s.Source != InventorySource.Manual))
                {
                    continue;
                }

                var facts = ComputerFacts.Resolve(snapshots, ComputerPins.Parse(computer.Pins)).Facts;
                computer.Hotfixes = ComputerFactColumns.FormatHotfixes(facts.Hotfixes);
                computer.SecurityProductsJson = ComputerFactColumns.FormatSecurityProducts(facts.SecurityProducts);
                computer.InstalledSoftware = ComputerFactColumns.FormatSoftware(facts.Software);
            }
        }
    }
}
