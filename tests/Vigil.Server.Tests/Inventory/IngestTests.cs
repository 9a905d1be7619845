using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;
using Vigil.TestKit;
using static Vigil.Server.Tests.Inventory.IngestWorld;

namespace Vigil.Server.Tests.Inventory;

public class IngestTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_first_report_creates_the_computer_and_an_identical_one_only_moves_the_observed_time(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var first = await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "KT-PC01-2026-11-02", T0, Win7Pc(), UnitHint: "xa-01"));
        var again = await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "KT-PC01-2026-11-02", T0.AddHours(6), Win7Pc(), UnitHint: "XA-01"));

        Assert.Equal(IngestStatus.Stored, first.Status);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(first.ComputerId, again.ComputerId);
        await using var db = world.Db();
        var pc = await db.Computers.SingleAsync();
        Assert.Equal(world.UnitA, pc.UnitId);
        Assert.Equal("KT-PC01", pc.Hostname);
        Assert.Equal("Windows 7", pc.OsRelease);
        Assert.Equal(OsFamily.Windows, pc.OsFamily);
        Assert.Equal(2048, pc.RamMb);
        Assert.Equal(("Intel", "Core 2 Duo", null), (pc.CpuVendor, pc.CpuBrand, pc.CpuGeneration));
        Assert.Equal("HDD 250 GB", pc.DiskSummary);
        Assert.Null(pc.LargestSsdGb);
        Assert.Equal("00:1a:2b:3c:4d:5e", pc.MacAddresses);
        Assert.Equal("ocs", pc.Source);
        Assert.Equal(T0.AddHours(6), pc.ObservedAt);
        Assert.Equal(T0, pc.FirstSeenAt);
        var changes = await db.ComputerChanges.ToListAsync();
        Assert.Equal("source", Assert.Single(changes).Field);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task An_upgrade_from_Windows_7_to_10_is_kept_in_history(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-1", T0, Win7Pc(), UnitId: world.UnitA));
        var upgraded = Win7Pc() with
        {
            Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045", Build = "19045", Architecture = "x64" },
            RamMb = 4096,
            Disks = [new DiskInfo("KINGSTON SA400S37240G", DiskKind.Ssd, 240)],
            Software = [new SoftwareItem("Microsoft Office 2007", "12.0.6612.1000", "Microsoft Corporation"), new SoftwareItem("Bkav Pro", "6.0", "Bkav")],
        };
        var outcome = await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-1", T0.AddDays(3), upgraded, UnitId: world.UnitA));

        Assert.Equal(IngestStatus.Stored, outcome.Status);
        await using var db = world.Db();
        var pc = await db.Computers.SingleAsync();
        Assert.Equal("Windows 10", pc.OsRelease);
        Assert.Equal(240, pc.LargestSsdGb);
        Assert.Equal(4096, pc.RamMb);
        var changes = await db.ComputerChanges.Where(c => c.Field != "source").ToDictionaryAsync(c => c.Field);
        Assert.Equal("Microsoft Windows 7 Professional · Service Pack 1 · x64", changes["os"].OldValue);
        Assert.Equal("Microsoft Windows 10 Pro · build 19045 · x64", changes["os"].NewValue);
        Assert.Equal(T0.AddDays(3), changes["os"].ObservedAt);
        Assert.Equal(("2048", "4096"), (changes["ram_mb"].OldValue, changes["ram_mb"].NewValue));
        Assert.Equal(("Unikey 4.0", "Bkav Pro 6.0"), (changes["software"].OldValue, changes["software"].NewValue));
        Assert.False(changes.ContainsKey("hotfixes"));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_report_with_an_unknown_tag_waits_unassigned_and_is_not_a_computer(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var first = await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "dev-9", T0, Win7Pc(), UnitHint: "NO-SUCH-UNIT"));
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "dev-9", T0.AddHours(1), Win7Pc(), UnitHint: "NO-SUCH-UNIT"));

        Assert.Equal(IngestStatus.Unassigned, first.Status);
        await using var db = world.Db();
        Assert.Equal(0, await db.Computers.CountAsync());
        var queued = await db.UnassignedReports.SingleAsync();
        Assert.Equal(("NO-SUCH-UNIT", "KT-PC01", 2), (queued.UnitHint, queued.Hostname, queued.Reports));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Agent_OCS_and_a_sheet_describing_one_machine_make_one_computer_and_disagreements_are_conflicts(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var sheet = new InventorySnapshot { Hostname = "kt-pc01", SerialNumber = "czc1234xyz", Os = new OsInfo { Family = OsFamily.Windows, Name = "Windows 7" }, Owner = "Nguyễn Văn An", IsPersonal = true, RamMb = 2048, CpuModel = "Core 2 Duo E7500" };
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0, sheet, UnitHint: "XA-01"));
        var win10 = Win7Pc(hostname: "KT-PC01.xa.local", os: "Microsoft Windows 10 Pro") with { Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045" } };
        await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-7", T0.AddDays(1), win10, UnitId: world.UnitA));

        await using (var db = world.Db())
        {
            var pc = await db.Computers.SingleAsync();
            Assert.Equal("agent,import", pc.Source);
            Assert.Equal("Windows 10", pc.OsRelease);
            Assert.Equal("Nguyễn Văn An", pc.Owner);
            Assert.True(pc.IsPersonal);
            Assert.Equal(1, pc.OpenConflicts);
            var conflict = await db.ComputerConflicts.SingleAsync();
            Assert.Equal("os", conflict.Field);
            Assert.Contains("import (sheet:XA-01/KT-PC01): Windows 7", conflict.Values, StringComparison.Ordinal);
            Assert.Contains("agent (agent-7): Microsoft Windows 10 Pro", conflict.Values, StringComparison.Ordinal);
        }

        // The sheet is corrected: the sources agree again and the conflict closes by itself.
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0.AddDays(2), sheet with { Os = new OsInfo { Family = OsFamily.Windows, Name = "Windows 10 Pro" } }, UnitHint: "XA-01"));
        await using (var db = world.Db())
        {
            var pc = await db.Computers.SingleAsync();
            Assert.Equal(0, pc.OpenConflicts);
            Assert.Equal("sources agree", (await db.ComputerConflicts.SingleAsync()).ResolvedBy);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Placeholder_serials_and_virtual_MACs_never_merge_two_machines(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var one = Win7Pc("PC-1", "To be filled by O.E.M.") with { NetworkInterfaces = [new NetworkInterfaceInfo("TAP-Windows", "02:00:4C:4F:4F:50", [])] };
        var two = Win7Pc("PC-2", "To Be Filled By O.E.M.") with { NetworkInterfaces = [new NetworkInterfaceInfo("TAP-Windows", "02:00:4c:4f:4f:50", [])] };
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "pc-1", T0, one, UnitHint: "XA-01"));
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "pc-2", T0, two, UnitHint: "XA-01"));

        await using var db = world.Db();
        Assert.Equal(2, await db.Computers.CountAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_machine_known_in_one_unit_reported_with_another_units_tag_stays_and_shows_a_unit_conflict(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var a = await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-1", T0, Win7Pc(), UnitId: world.UnitA));
        var b = await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "ocs-1", T0.AddHours(1), Win7Pc(), UnitHint: "XB-02"));

        Assert.Equal(a.ComputerId, b.ComputerId);
        await using var db = world.Db();
        var pc = await db.Computers.SingleAsync();
        Assert.Equal(world.UnitA, pc.UnitId);
        var conflict = await db.ComputerConflicts.SingleAsync();
        Assert.Equal("unit", conflict.Field);
        Assert.Equal("ocs (ocs-1): XB-02\nvigil: XA-01", conflict.Values);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_sheet_speaks_only_for_its_own_unit(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-1", T0, Win7Pc(), UnitId: world.UnitA));
        var sheetRow = new InventorySnapshot { Hostname = "OTHER", SerialNumber = "CZC1234XYZ" };
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XB-02/OTHER", T0, sheetRow, UnitHint: "XB-02"));

        await using var db = world.Db();
        Assert.Equal(2, await db.Computers.CountAsync());
        Assert.Equal(1, await db.Computers.CountAsync(c => c.UnitId == world.UnitB));
        Assert.Equal(0, await db.ComputerSources.CountAsync(s => s.UnitId == world.UnitA && s.Source == InventorySource.Import));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_batch_inside_a_rolled_back_transaction_leaves_nothing(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await using (var db = world.Store.CreateContext(AccessContext.ForSystem("test")))
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var result = await new InventoryIngestService(db, TimeProvider.System).IngestAllAsync(
                [
                    new InventoryReport(InventorySource.Import, "sheet:1", T0, Win7Pc("PC-1", "S-1") with { NetworkInterfaces = null }, UnitHint: "XA-01"),
                    new InventoryReport(InventorySource.Import, "sheet:2", T0, Win7Pc("PC-2", "S-2") with { NetworkInterfaces = null }, UnitHint: "XA-01"),
                ],
                CancellationToken.None);
            Assert.True(result.IsSuccess);
            Assert.Equal(2, await db.Computers.CountAsync());
            await tx.RollbackAsync();
        }

        await using var check = world.Db();
        Assert.Equal(0, await check.Computers.CountAsync());
        Assert.Equal(0, await check.ComputerSources.CountAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Two_new_machines_sharing_a_serial_in_one_batch_make_one_computer_whose_identifiers_are_all_stored(StorageProvider provider)
    {
        // The second row is a first report too (another sheet key); its lookup must see the identifiers the first row
        // added in the same unit of work, and a computer created from a report keeps every identifier it reported.
        await using var world = await CreateAsync(provider);
        await using (var db = world.Store.CreateContext(AccessContext.ForSystem("test")))
        {
            var result = await new InventoryIngestService(db, TimeProvider.System).IngestAllAsync(
                [
                    new InventoryReport(InventorySource.Import, "sheet:1", T0, Win7Pc("PC-1", "S-1"), UnitHint: "XA-01"),
                    new InventoryReport(InventorySource.Import, "sheet:2", T0, Win7Pc("PC-1", "S-1") with { NetworkInterfaces = null }, UnitHint: "XA-01"),
                    new InventoryReport(InventorySource.Import, "sheet:3", T0, Win7Pc("PC-3", "S-3") with { NetworkInterfaces = null }, UnitHint: "XA-01"),
                ],
                CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equal(result.Value![0].ComputerId, result.Value[1].ComputerId);
            Assert.NotEqual(result.Value[0].ComputerId, result.Value[2].ComputerId);
        }

        await using var check = world.Db();
        Assert.Equal(2, await check.Computers.CountAsync());
        var first = await check.Computers.SingleAsync(c => c.Hostname == "PC-1");
        var kinds = await check.ComputerIdentifiers.Where(i => i.ComputerId == first.Id).Select(i => i.Kind).ToListAsync();
        Assert.Equal([IdentityKind.Serial, IdentityKind.Mac, IdentityKind.Hostname], kinds.Order());
        Assert.Equal(0, first.OpenConflicts);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Simultaneous_first_reports_of_one_machine_from_many_channels_make_one_computer(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var reports = Enumerable.Range(0, 8)
            .Select(i => new InventoryReport(i % 2 == 0 ? InventorySource.Agent : InventorySource.Ocs, "key-" + i, T0.AddMinutes(i), Win7Pc(), UnitId: world.UnitA));
        var outcomes = await Task.WhenAll(reports.Select(world.IngestAsync));

        Assert.Single(outcomes.Select(o => o.ComputerId).Distinct());
        await using var db = world.Db();
        Assert.Equal(1, await db.Computers.CountAsync());
        Assert.Equal(8, await db.ComputerSources.CountAsync());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task The_old_units_sheet_cannot_reach_a_computer_moved_to_another_unit(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var row = new InventorySnapshot { Hostname = "KT-PC01", SerialNumber = "CZC1234XYZ", Owner = "A" };
        var first = await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0, row, UnitHint: "XA-01"));
        await using (var db = world.Db())
        {
            await db.Computers.Where(c => c.Id == first.ComputerId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UnitId, world.UnitB));
            await db.ComputerSources.ExecuteUpdateAsync(u => u.SetProperty(s => s.UnitId, world.UnitB));
        }

        await using var ingestDb = world.Store.CreateContext(AccessContext.ForSystem("test"));
        var again = await new InventoryIngestService(ingestDb, TimeProvider.System)
            .IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0.AddDays(1), row with { Owner = "B" }, UnitHint: "XA-01"), null, CancellationToken.None);

        Assert.Equal("inventory.moved", again.Error?.Code);
        await using var check = world.Db();
        Assert.Equal("A", (await check.Computers.SingleAsync()).Owner);
    }
}
