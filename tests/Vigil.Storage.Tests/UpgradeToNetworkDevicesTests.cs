using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>A version-6 database with a spreadsheet network device upgrades to 0007 in place: the device keeps its facts.</summary>
public class UpgradeToNetworkDevicesTests
{
    private static readonly Guid DeviceId = Guid.Parse("0197b000-0000-7000-8000-00000000d701");

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_version_6_device_keeps_its_facts_and_takes_history_baselines_and_updates(StorageProvider provider)
    {
        await using var store = await TestStore.CreateEmptyAsync(provider);
        await SchemaV5Inventory.SeedAsync(provider, store.ConnectionString);
        await SchemaMigrator.MigrateAsync(provider, store.ConnectionString, 6);
        await using (var connection = SchemaMigrator.Open(provider, store.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO network_devices (id, unit_id, hostname, kind, vendor, model, software_version, source, observed_at, serial_number, management_ip, location, notes)
                VALUES (@id, @unit, 'SW-V6', 'switch', 'Cisco', 'WS-C2960X-48FPD-L', '15.0(2)SE11', 'import', @at, 'FOC1', '10.0.0.2', 'Tầng 2', NULL)
                """;
            Add(command, provider, "@id", DeviceId);
            Add(command, provider, "@unit", SchemaV5Inventory.UnitId);
            Add(command, provider, "@at", SchemaV5Inventory.Observed);
            await command.ExecuteNonQueryAsync();
        }

        var applied = await store.MigrateAsync();
        Assert.Contains(7, applied);
        await using var db = store.CreateSystemContext();
        var device = await db.NetworkDevices.SingleAsync();
        Assert.Equal(("SW-V6", "15.0(2)SE11", "FOC1", "10.0.0.2", SchemaV5Inventory.Observed), (device.Hostname, device.SoftwareVersion, device.SerialNumber, device.ManagementIp, device.ObservedAt));
        Assert.Null(device.SoftwareFamily);
        Assert.Null(device.LastReloadAt);

        device.SoftwareFamily = "ios";
        db.NetworkDeviceChanges.Add(new NetworkDeviceChange
        {
            Id = Guid.NewGuid(), DeviceId = DeviceId, UnitId = SchemaV5Inventory.UnitId, At = SchemaV5Inventory.Observed, Source = "cli", Field = "software_family", NewValue = "ios", Actor = "t",
        });
        db.FirmwareBaselines.Add(new FirmwareBaseline
        {
            Id = Guid.NewGuid(), UnitId = SchemaV5Inventory.UnitId, SoftwareFamily = "ios", MinimumVersion = "15.2(7)E4", UpdatedAt = SchemaV5Inventory.Observed, UpdatedBy = "t",
        });
        await db.SaveChangesAsync();
        Assert.Equal((1, 1), (await db.NetworkDeviceChanges.CountAsync(), await db.FirmwareBaselines.CountAsync()));
    }

    private static void Add(DbCommand command, StorageProvider provider, string name, object value)
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
}
