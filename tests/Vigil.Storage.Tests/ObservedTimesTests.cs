using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>The set-based observed-time update of the re-report group commit, on both providers.</summary>
public class ObservedTimesTests
{
    private static readonly DateTime T0 = new(2024, 5, 23, 7, 0, 0, 123, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Times_move_forward_only_and_the_newest_of_a_batch_wins(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var unit = tree.Id("S1A");
        var computers = Enumerable.Range(0, 3).Select(i => new Computer { Id = Guid.CreateVersion7(), UnitId = unit, Hostname = $"PC{i}", Source = "agent", ObservedAt = T0 }).ToList();
        var sources = computers.Select(c => new ComputerSource
        {
            Id = Guid.CreateVersion7(), ComputerId = c.Id, UnitId = unit, Source = InventorySource.Agent, SourceKey = c.Hostname!, ObservedAt = T0, FirstSeenAt = T0,
            SnapshotHash = "h", SnapshotJson = "{}",
        }).ToList();
        await using (var db = store.CreateSystemContext())
        {
            db.Computers.AddRange(computers);
            db.ComputerSources.AddRange(sources);
            await db.SaveChangesAsync();
        }

        await using (var db = store.CreateSystemContext())
        {
            await db.MoveObservedTimesForwardAsync(
                [
                    (sources[0].Id, computers[0].Id, T0.AddSeconds(5)),
                    (sources[0].Id, computers[0].Id, T0.AddSeconds(9)),   // the same computer twice: the newer time stays
                    (sources[0].Id, computers[0].Id, T0.AddSeconds(7)),
                    (sources[1].Id, computers[1].Id, T0.AddSeconds(-60)), // older than stored: nothing moves back
                    (sources[2].Id, computers[2].Id, T0.AddTicks(1)),     // sub-millisecond steps still order correctly
                ],
                CancellationToken.None);
        }

        await using var read = store.CreateSystemContext();
        var sourceTimes = await read.ComputerSources.OrderBy(s => s.SourceKey).Select(s => s.ObservedAt).ToListAsync();
        var computerTimes = await read.Computers.Where(c => c.UnitId == unit && c.Source == "agent").OrderBy(c => c.Hostname).Select(c => c.ObservedAt).ToListAsync();
        DateTime[] expected = [T0.AddSeconds(9), T0, T0.AddTicks(provider == StorageProvider.Postgres ? 0 : 1)];
        Assert.Equal(expected, sourceTimes);
        Assert.Equal(expected, computerTimes);
    }
}
