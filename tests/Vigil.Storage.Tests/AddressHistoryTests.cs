using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>The address history: its one-time backfill from existing snapshots and the unit query the locator reads, on both providers.</summary>
public class AddressHistoryTests
{
    private static readonly DateTime T0 = new(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Sources_stored_before_the_history_are_backfilled_once_from_their_current_snapshot(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, targetVersion: 14);
        var tree = await ScopeTree.SeedAsync(store);
        var pc = tree.Computers["S1A"];
        var other = tree.Computers["S1B"];
        var snapshot = new InventorySnapshot
        {
            Hostname = "PC-S1A", Domain = "so-tc.gov.vn",
            NetworkInterfaces = [new NetworkInterfaceInfo("eth0", "00:1a:2b:00:00:01", ["10.1.0.5/24", "::ffff:10.1.0.6", "127.0.0.1"])],
        };
        var sources = new[]
        {
            Source(pc.Id, pc.UnitId, "agent-1", snapshot),
            Source(other.Id, other.UnitId, "ocs-2", new InventorySnapshot { Owner = "nobody's address" }),
        };
        await using (var db = store.CreateSystemContext())
        {
            db.ComputerSources.AddRange(sources);
            await db.SaveChangesAsync();
        }

        await store.MigrateAsync();
        Assert.Equal(2L, await store.CountAsync("computer_address_backfill"));
        await using (var db = store.CreateSystemContext())
        {
            Assert.Equal(2, await db.BackfillAddressHistoryAsync(1, CancellationToken.None));
        }

        await using (var db = store.CreateSystemContext())
        {
            Assert.Equal(0, await db.BackfillAddressHistoryAsync(500, CancellationToken.None));
            var rows = await db.ComputerAddresses.AsNoTracking().OrderBy(a => a.Value).ToListAsync();
            Assert.Equal(
                [
                    (ComputerAddressKind.Ip, "10.1.0.5"), (ComputerAddressKind.Ip, "10.1.0.6"),
                    (ComputerAddressKind.Hostname, "PC-S1A"), (ComputerAddressKind.Hostname, "PC-S1A.so-tc.gov.vn"),
                ],
                rows.Select(r => (r.Kind, r.Value)));
            Assert.All(rows, r => Assert.Equal((pc.Id, pc.UnitId, sources[0].Id, T0.AddDays(-30), (DateTime?)null), (r.ComputerId, r.UnitId, r.SourceId, r.FirstSeen, r.Until)));
        }

        Assert.Equal(0L, await store.CountAsync("computer_address_backfill"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_queued_source_that_already_has_history_is_only_taken_off_the_queue(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider, targetVersion: 14);
        var tree = await ScopeTree.SeedAsync(store);
        var pc = tree.Computers["S1A"];
        var source = Source(pc.Id, pc.UnitId, "agent-1", new InventorySnapshot { Hostname = "PC-NOW" });
        await using (var db = store.CreateSystemContext())
        {
            db.ComputerSources.Add(source);
            await db.SaveChangesAsync();
        }

        await store.MigrateAsync();
        await using (var db = store.CreateSystemContext())
        {
            // A report changed the source's names between the upgrade and the backfill (another server instance).
            db.ComputerAddresses.Add(Row(pc.Id, pc.UnitId, source.Id, "PC-NOW", T0, null));
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.BackfillAddressHistoryAsync(500, CancellationToken.None));
        }

        await using var read = store.CreateSystemContext();
        Assert.Equal(1, await read.ComputerAddresses.CountAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task The_unit_query_returns_the_units_computers_and_intervals_only_oldest_first(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tree = await ScopeTree.SeedAsync(store);
        var pc = tree.Computers["S1A"];
        var elsewhere = tree.Computers["S1B"];
        var source = Guid.NewGuid();
        await using (var db = store.CreateSystemContext())
        {
            (await db.Computers.SingleAsync(c => c.Id == pc.Id)).RetiredAt = T0.AddDays(5);
            db.ComputerAddresses.AddRange(
                Row(pc.Id, pc.UnitId, source, "10.1.0.5", T0.AddDays(1), null),
                Row(pc.Id, pc.UnitId, source, "10.1.0.9", T0, T0.AddDays(1)),
                Row(elsewhere.Id, elsewhere.UnitId, Guid.NewGuid(), "10.1.0.5", T0, null));
            await db.SaveChangesAsync();
        }

        await using var read = store.CreateSystemContext();
        var history = await read.AddressHistoryOfUnitAsync(pc.UnitId, CancellationToken.None);
        var computer = Assert.Single(history.Computers);
        Assert.Equal((pc.Id, "pc-s1a", (DateTime?)T0.AddDays(5)), (computer.Id, computer.Hostname, computer.RetiredAt));
        Assert.Equal(
            [
                new AddressHistoryRow(pc.Id, ComputerAddressKind.Ip, "10.1.0.9", T0, T0.AddDays(1)),
                new AddressHistoryRow(pc.Id, ComputerAddressKind.Ip, "10.1.0.5", T0.AddDays(1), null),
            ],
            history.Rows);
    }

    private static ComputerSource Source(Guid computerId, Guid unitId, string key, InventorySnapshot snapshot) => new()
    {
        Id = Guid.NewGuid(), ComputerId = computerId, UnitId = unitId, Source = InventorySource.Agent, SourceKey = key,
        ObservedAt = T0, FirstSeenAt = T0.AddDays(-30), SnapshotHash = key, SnapshotJson = SnapshotJson.ToJson(SnapshotCanonical.Of(snapshot)),
    };

    private static ComputerAddress Row(Guid computerId, Guid unitId, Guid sourceId, string value, DateTime from, DateTime? until) => new()
    {
        Id = Guid.CreateVersion7(), ComputerId = computerId, UnitId = unitId, SourceId = sourceId, Kind = ComputerAddressKind.Ip, Value = value,
        FirstSeen = from, Until = until,
    };
}
