using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Domain.Access;
using Vigil.Domain.Assets;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.InventoryImport;
using Vigil.Storage;
using Vigil.TestKit;
using static Vigil.Server.Tests.Inventory.IngestWorld;

namespace Vigil.Server.Tests.NetworkDevices;

/// <summary>Network-device history, baselines and firmware events on both databases: the spreadsheet path and the scope.</summary>
public class NetworkDeviceStoreTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_spreadsheet_row_that_upgrades_a_device_across_its_baseline_records_history_and_a_verified_update(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var deviceId = Guid.CreateVersion7();
        await using (var db = world.Db())
        {
            db.NetworkDevices.Add(new NetworkDevice
            {
                Id = deviceId, UnitId = world.UnitA, Hostname = "SW-01", Kind = "switch", Vendor = "Cisco", SoftwareFamily = "ios", SoftwareVersion = "15.0(2)SE11",
                Source = "cli", ObservedAt = T0,
            });
            db.FirmwareBaselines.Add(new FirmwareBaseline { Id = Guid.CreateVersion7(), UnitId = world.UnitA, SoftwareFamily = "ios", MinimumVersion = "15.2(7)E4", UpdatedAt = T0, UpdatedBy = "seed" });
            await db.SaveChangesAsync();
        }

        const string sheet = "Mã đơn vị,Tên thiết bị,Loại,Hãng,Phiên bản phần mềm\nXA-01,SW-01,switch,Cisco,15.2(7)E4\n";
        await ImportAsync(world, sheet);

        await using (var db = world.Db())
        {
            var update = await db.FirmwareUpdateEvents.SingleAsync();
            Assert.Equal((deviceId, "15.0(2)SE11", "15.2(7)E4", "import", "officer"), (update.DeviceId, update.OldVersion, update.NewVersion, update.Source, update.Actor));
            var changes = await db.NetworkDeviceChanges.Where(c => c.DeviceId == deviceId).ToListAsync();
            Assert.Contains(changes, c => c is { Field: "version", OldValue: "15.0(2)SE11", NewValue: "15.2(7)E4", Source: "import" });
            Assert.Equal("ios", (await db.NetworkDevices.SingleAsync(d => d.Id == deviceId)).SoftwareFamily);
        }

        await ImportAsync(world, sheet);
        await using (var db = world.Db())
        {
            Assert.Equal(1, await db.FirmwareUpdateEvents.CountAsync());
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_device_known_only_from_the_sheet_gets_its_family_from_model_and_version_and_its_upgrade_is_verified(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using (var db = world.Db())
        {
            db.FirmwareBaselines.Add(new FirmwareBaseline { Id = Guid.CreateVersion7(), UnitId = world.UnitA, SoftwareFamily = "ios", MinimumVersion = "15.2(7)E4", UpdatedAt = T0, UpdatedBy = "seed" });
            await db.SaveChangesAsync();
        }

        const string header = "Mã đơn vị,Tên thiết bị,Loại,Hãng,Model,Phiên bản phần mềm\n";
        await ImportAsync(world, header + "XA-01,SW-SHEET,switch,Cisco,WS-C2960X-24TS-L,15.0(2)SE11\nXA-01,SW-UNKNOWN,switch,Cisco,,17.3.1\n");
        await using (var db = world.Db())
        {
            var families = await db.NetworkDevices.Where(d => d.UnitId == world.UnitA).OrderBy(d => d.Hostname).Select(d => new { d.Hostname, d.SoftwareFamily }).ToListAsync();
            Assert.Equal(["SW-SHEET:ios", "SW-UNKNOWN:"], families.Select(f => $"{f.Hostname}:{f.SoftwareFamily}"));
        }

        await ImportAsync(world, header + "XA-01,SW-SHEET,switch,Cisco,WS-C2960X-24TS-L,15.2(7)E4\nXA-01,SW-UNKNOWN,switch,Cisco,,17.3.1\n");
        await using (var db = world.Db())
        {
            var update = await db.FirmwareUpdateEvents.SingleAsync();
            Assert.Equal(("15.0(2)SE11", "15.2(7)E4", "ios"), (update.OldVersion, update.NewVersion, update.SoftwareFamily));
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task An_officer_of_A_neither_sees_nor_writes_devices_baselines_history_or_updates_of_B(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var deviceOfB = Guid.CreateVersion7();
        await using (var db = world.Db())
        {
            db.NetworkDevices.Add(new NetworkDevice { Id = deviceOfB, UnitId = world.UnitB, Hostname = "B-SW", Kind = "switch", Vendor = "Cisco", Source = "cli", ObservedAt = T0 });
            db.NetworkDeviceChanges.Add(new NetworkDeviceChange { Id = Guid.CreateVersion7(), DeviceId = deviceOfB, UnitId = world.UnitB, At = T0, Source = "cli", Field = "created", Actor = "seed" });
            db.NetworkDeviceReports.Add(new NetworkDeviceReport { DeviceId = deviceOfB, Source = "cli", UnitId = world.UnitB, ObservedAt = T0 });
            db.FirmwareBaselines.Add(new FirmwareBaseline { Id = Guid.CreateVersion7(), UnitId = world.UnitB, SoftwareFamily = "ios", MinimumVersion = "15.2(7)E4", UpdatedAt = T0, UpdatedBy = "seed" });
            db.FirmwareUpdateEvents.Add(new FirmwareUpdateEvent
            {
                Id = Guid.CreateVersion7(), DeviceId = deviceOfB, UnitId = world.UnitB, At = T0, ObservedAt = T0, Source = "cli", SoftwareFamily = "ios",
                OldVersion = "12.2(55)SE7", NewVersion = "15.2(7)E4", BaselineVersion = "15.2(7)E4", Actor = "seed",
            });
            await db.SaveChangesAsync();
        }

        await using (var officer = world.As(world.OfficerOfA(), "officer.a"))
        {
            Assert.Equal((0, 0, 0, 0, 0), (await officer.NetworkDevices.CountAsync(), await officer.NetworkDeviceChanges.CountAsync(),
                await officer.NetworkDeviceReports.CountAsync(), await officer.FirmwareBaselines.CountAsync(), await officer.FirmwareUpdateEvents.CountAsync()));
            officer.FirmwareBaselines.Add(new FirmwareBaseline { Id = Guid.CreateVersion7(), UnitId = world.UnitB, SoftwareFamily = "asa", MinimumVersion = "9.12(4)", UpdatedAt = T0, UpdatedBy = "x" });
            await Assert.ThrowsAsync<ScopeViolationException>(() => officer.SaveChangesAsync());
        }

        await using (var officer = world.As(world.OfficerOfA(), "officer.a"))
        {
            officer.FirmwareUpdateEvents.Add(new FirmwareUpdateEvent
            {
                Id = Guid.CreateVersion7(), DeviceId = deviceOfB, UnitId = world.UnitB, At = T0, ObservedAt = T0, Source = "cli", SoftwareFamily = "ios",
                OldVersion = "1", NewVersion = "2", BaselineVersion = "2", Actor = "x",
            });
            await Assert.ThrowsAsync<ScopeViolationException>(() => officer.SaveChangesAsync());
        }

        await using var check = world.Db();
        Assert.Equal((1, 1), (await check.FirmwareBaselines.CountAsync(), await check.FirmwareUpdateEvents.CountAsync()));
    }

    private static async Task ImportAsync(Inventory.IngestWorld world, string csv)
    {
        var access = new AccessContext
        {
            Scope = AccessScope.ForUser(Guid.NewGuid(), Role.UnitOfficer, [world.UnitA], id => [id]),
            ActorId = Guid.NewGuid(),
            ActorName = "officer",
        };
        await using var db = world.Store.CreateContext(access);
        var service = new InventoryImportService(db, new InventoryIngestService(db, TimeProvider.System), TimeProvider.System, NullLogger<InventoryImportService>.Instance);
        var result = await service.ImportAsync(Encoding.UTF8.GetBytes(csv), "tb.csv", false, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Empty(result.Value!.Errors);
    }
}
