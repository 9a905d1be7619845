using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.InventoryImport;
using Vigil.Storage;
using Vigil.TestKit;
using static Vigil.Server.Tests.Inventory.IngestWorld;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>The import use case on both databases: one transaction with the ingest, merging with other sources.</summary>
public class ImportStoreTests
{
    private const string Csv = "Mã đơn vị;Tên máy;Số serial;Người sử dụng;Máy cá nhân dùng cho công việc;Hệ điều hành;RAM (GB)\n" +
        "XA-01;KT-PC01;CZC1234XYZ;Nguyễn Văn An;Không;Win 7 Pro;2\n" +
        "XA-01;KT-PC02;;Lê Văn Cường;Có;Windows 10 Pro;8\n";

    private const string DevicesCsv = "Mã đơn vị,Tên thiết bị,Loại,Hãng,Địa chỉ IP quản lý\nXA-01,SW-01,switch,Cisco,10.0.0.2\n";

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_sheet_row_merges_with_the_OCS_record_of_the_same_serial_and_reimports_are_unchanged(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var ocs = await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "KT-PC01-2026", T0, Win7Pc(), UnitHint: "XA-01"));

        var preview = await ImportAsync(world, Csv, dryRun: true);
        Assert.Equal(new InventoryImportCountsDto(1, 1, 0), preview.Computers);

        var done = await ImportAsync(world, Csv, dryRun: false);
        Assert.True(done.Committed);
        Assert.Equal(preview.Computers, done.Computers);
        await using (var db = world.Db())
        {
            Assert.Equal(2, await db.Computers.CountAsync());
            var merged = await db.Computers.SingleAsync(c => c.Id == ocs.ComputerId);
            Assert.Equal("Nguyễn Văn An", merged.Owner);
            Assert.Equal(["import", "ocs"], (await db.ComputerSources.Where(s => s.ComputerId == merged.Id).Select(s => s.Source).ToListAsync()).Select(s => s.ToString().ToLowerInvariant()).Order());
        }

        var again = await ImportAsync(world, Csv, dryRun: false);
        Assert.Equal(new InventoryImportCountsDto(0, 0, 2), again.Computers);
        await using (var db = world.Db())
        {
            Assert.Equal((2, 3), (await db.Computers.CountAsync(), await db.ComputerSources.CountAsync()));
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Devices_and_computers_are_written_together_and_other_units_are_row_errors(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var devices = await ImportAsync(world, DevicesCsv, dryRun: false, fileName: "tb.csv");
        Assert.Equal(new InventoryImportCountsDto(1, 0, 0), devices.NetworkDevices);
        Assert.Equal(new InventoryImportCountsDto(0, 0, 1), (await ImportAsync(world, DevicesCsv, dryRun: false, fileName: "tb.csv")).NetworkDevices);

        var foreign = Csv + "XB-02;B-PC;;;;;\n";
        var rejected = await ImportAsync(world, foreign, dryRun: false);
        var error = Assert.Single(rejected.Errors);
        Assert.Equal(("may.csv", 4, "A", ImportCodes.UnitNotFoundOrNotYours), (error.Sheet, error.Row, error.Column, error.Code));
        await using var db = world.Db();
        Assert.Equal((0, 1), (await db.Computers.CountAsync(), await db.NetworkDevices.CountAsync()));
    }

    /// <summary>Runs the use case as an officer of unit XA-01, as a request would.</summary>
    private static async Task<InventoryImportResultDto> ImportAsync(Inventory.IngestWorld world, string csv, bool dryRun, string fileName = "may.csv")
    {
        var access = new AccessContext
        {
            Scope = AccessScope.ForUser(Guid.NewGuid(), Role.UnitOfficer, [world.UnitA], id => [id]),
            ActorId = Guid.NewGuid(),
            ActorName = "officer",
        };
        await using var db = world.Store.CreateContext(access);
        var service = new InventoryImportService(db, new InventoryIngestService(db, TimeProvider.System), TimeProvider.System, NullLogger<InventoryImportService>.Instance);
        var result = await service.ImportAsync(Encoding.UTF8.GetBytes(csv), fileName, dryRun, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }
}
