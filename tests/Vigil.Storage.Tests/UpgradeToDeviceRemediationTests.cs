using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Compliance;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>
/// A version-17 database with remediation items and their events upgrades to 0018 (items on network devices) in place:
/// SQLite rebuilds remediation_items, and no item or event is lost to the cascade from the old table.
/// </summary>
public class UpgradeToDeviceRemediationTests
{
    private static readonly Guid ItemId = Guid.Parse("0197b000-0000-7000-8000-00000000e801");
    private static readonly Guid ClosedItemId = Guid.Parse("0197b000-0000-7000-8000-00000000e802");
    private static readonly Guid DeviceId = Guid.Parse("0197b000-0000-7000-8000-00000000d801");

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_version_17_board_keeps_every_item_and_event_and_takes_device_items(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        await SchemaV5Inventory.SeedAsync(provider, store.ConnectionString);
        await SchemaMigrator.MigrateAsync(provider, store.ConnectionString, 17);
        var at = SchemaV5Inventory.Observed;
        await using (var connection = SchemaMigrator.Open(provider, store.ConnectionString))
        {
            await connection.OpenAsync();
            foreach (var (id, status, rule) in new[] { (ItemId, "Planned", "vuln:CVE-2017-0144"), (ClosedItemId, "Verified", "smb1") })
            {
                await ExecuteAsync(connection, provider, """
                    INSERT INTO remediation_items (id, computer_id, unit_id, rule_id, kind, status, title, reason, owner, due_on, replacement_computer_id, created_at, created_by, updated_at, closed_at)
                    VALUES (@id, @computer, @unit, @rule, 'InstallPatch', @status, 'KB4012212', 'CVE-2017-0144 affected', 'Tổ CNTT', NULL, NULL, @at, 'evaluation', @at, NULL)
                    """, ("@id", id), ("@computer", SchemaV5Inventory.ComputerId), ("@unit", SchemaV5Inventory.UnitId), ("@rule", rule), ("@status", status), ("@at", at));
                for (var n = 0; n < 2; n++)
                {
                    await ExecuteAsync(connection, provider, """
                        INSERT INTO remediation_events (id, item_id, unit_id, at, actor, actor_id, kind, from_status, to_status, text, data_json)
                        VALUES (@id, @item, @unit, @at, 'evaluation', NULL, 'Created', NULL, 'Planned', 'x', NULL)
                        """, ("@id", Guid.NewGuid()), ("@item", id), ("@unit", SchemaV5Inventory.UnitId), ("@at", at.AddMinutes(n)));
                }
            }

            await ExecuteAsync(connection, provider, """
                INSERT INTO network_devices (id, unit_id, hostname, kind, vendor, model, software_version, source, observed_at)
                VALUES (@id, @unit, 'KT-ASA', 'firewall', 'Cisco', 'ASA5516-X', '9.16(4)55', 'cli', @at)
                """, ("@id", DeviceId), ("@unit", SchemaV5Inventory.UnitId), ("@at", at));
        }

        Assert.Equal(SchemaMigrator.MigrationsFor(provider).Where(m => m.Version > 17).Select(m => m.Version), await store.MigrateAsync());
        await using (var db = store.CreateSystemContext())
        {
            var items = await db.RemediationItems.OrderBy(i => i.Id).ToListAsync();
            Assert.Equal([ItemId, ClosedItemId], items.Select(i => i.Id));
            Assert.All(items, i => Assert.Equal(((Guid?)SchemaV5Inventory.ComputerId, (Guid?)null, "Tổ CNTT", at), (i.ComputerId, i.NetworkDeviceId, i.Owner, i.CreatedAt)));
            Assert.Equal((RemediationKind.InstallPatch, RemediationStatus.Planned, "vuln:CVE-2017-0144"), (items[0].Kind, items[0].Status, items[0].RuleId));
            Assert.Equal(4, await db.RemediationEvents.CountAsync());

            // A device item is stored; its events follow it, and deleting an item still cascades to its own events only.
            var device = new RemediationItem
            {
                Id = Guid.NewGuid(), NetworkDeviceId = DeviceId, UnitId = SchemaV5Inventory.UnitId, RuleId = "vuln:CVE-2024-20353", Kind = RemediationKind.InstallPatch,
                Status = RemediationStatus.Planned, Title = "CVE-2024-20353 → 9.16.4.57", CreatedAt = at, CreatedBy = "evaluation", UpdatedAt = at,
            };
            db.RemediationItems.Add(device);
            db.RemediationEvents.Add(new RemediationEvent { Id = Guid.NewGuid(), ItemId = device.Id, UnitId = device.UnitId, At = at, Actor = "evaluation", Kind = RemediationEventKind.Created });
            await db.SaveChangesAsync();
            db.RemediationItems.Remove(items[1]);
            await db.SaveChangesAsync();
            Assert.Equal(3, await db.RemediationEvents.CountAsync());
            Assert.Equal(DeviceId, (await db.RemediationItems.SingleAsync(i => i.NetworkDeviceId != null)).NetworkDeviceId);
        }

        // Exactly one asset: neither, or both, is refused by the CHECK.
        await using (var db = store.CreateSystemContext())
        {
            foreach (var (computer, device) in new[] { ((Guid?)null, (Guid?)null), (SchemaV5Inventory.ComputerId, DeviceId) })
            {
                db.RemediationItems.Add(new RemediationItem
                {
                    Id = Guid.NewGuid(), ComputerId = computer, NetworkDeviceId = device, UnitId = SchemaV5Inventory.UnitId, Kind = RemediationKind.Replace,
                    Status = RemediationStatus.Planned, CreatedAt = at, CreatedBy = "t", UpdatedAt = at,
                });
                await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
                db.ChangeTracker.Clear();
            }
        }

        // Removing the device removes its items (and their events) with it, as a computer's do.
        await using (var db = store.CreateSystemContext())
        {
            db.NetworkDevices.Remove(await db.NetworkDevices.SingleAsync(d => d.Id == DeviceId));
            await db.SaveChangesAsync();
            Assert.Equal((1, 2), (await db.RemediationItems.CountAsync(), await db.RemediationEvents.CountAsync()));
        }

        Assert.Empty(await store.MigrateAsync());
    }

    private static async Task ExecuteAsync(DbConnection connection, StorageProvider provider, string sql, params (string Name, object Value)[] values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            // SQLite rows written by EF hold Guids as upper-case text and dates as "yyyy-MM-dd HH:mm:ss" text.
            p.Value = provider == StorageProvider.Postgres ? value : value switch
            {
                Guid g => g.ToString().ToUpperInvariant(),
                DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                _ => value,
            };
            command.Parameters.Add(p);
        }

        await command.ExecuteNonQueryAsync();
    }
}
