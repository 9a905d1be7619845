using Vigil.Domain.Assets;
using Vigil.Domain.Inventory.Import;
using static Vigil.Domain.Tests.Inventory.Sheets;

namespace Vigil.Domain.Tests.Inventory;

public class InventoryImportPlanTests
{
    private static readonly Guid UnitA = Guid.Parse("00000000-0000-7000-8000-00000000000a");

    private static readonly Dictionary<string, Guid> Writable = new() { ["A"] = UnitA };

    [Fact]
    public void UnknownAndForeignUnits_GetTheSameRowError_AtTheUnitCell()
    {
        var parsed = Parse(Table("Máy tính", "Tên máy|Mã đơn vị", "PC1|A", "PC2|NOPE", "PC3|b-other"));
        var plan = InventoryImportPlan.Build(parsed, Writable, [], (_, _) => ImportAction.New);
        Assert.False(plan.IsValid);
        Assert.Equal([3, 4], plan.Errors.Select(e => e.Location.Row));
        Assert.All(plan.Errors, e => Assert.Equal((ImportCodes.UnitNotFoundOrNotYours, "B", "Mã đơn vị"), (e.Code, e.Location.Column, e.Location.Header)));
        Assert.Empty(plan.Computers);
        Assert.Contains("B-OTHER", plan.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnitErrors_AreMergedWithParseErrors_InFileOrder()
    {
        var parsed = Parse(
            Table("Máy tính", "Mã đơn vị|Tên máy|RAM (GB)", "X|PC1|4", "A|PC2|many"),
            Table("Thiết bị mạng", "Mã đơn vị|Tên thiết bị|Loại", "A|SW1|hub", "Y|SW2|switch"));
        var plan = InventoryImportPlan.Build(parsed, Writable, [], (_, _) => ImportAction.New);
        Assert.Equal(
            [("Máy tính", 2, "A"), ("Máy tính", 3, "C"), ("Thiết bị mạng", 2, "C"), ("Thiết bị mạng", 3, "A")],
            plan.Errors.Select(e => (e.Location.Sheet, e.Location.Row, e.Location.Column)));
    }

    [Fact]
    public void Devices_NewUpdatedUnchanged_MatchedByUnitAndHostnameInAnyCase()
    {
        var same = new NetworkDevice { Id = Guid.NewGuid(), UnitId = UnitA, Hostname = "SW1", Kind = "switch", Vendor = "Cisco", Source = "import" };
        var changed = new NetworkDevice { Id = Guid.NewGuid(), UnitId = UnitA, Hostname = "rt1", Kind = "router", Vendor = "Cisco", SoftwareVersion = "15.1", Source = "import" };
        var otherUnit = new NetworkDevice { Id = Guid.NewGuid(), UnitId = Guid.NewGuid(), Hostname = "AP1", Kind = "wireless", Vendor = "", Source = "import" };
        var parsed = Parse(Table("Thiết bị mạng", "Mã đơn vị|Tên thiết bị|Loại|Hãng|Phiên bản phần mềm", "A|SW1|switch|cisco|", "A|RT1|router|Cisco|15.2", "A|AP1|wifi||"));

        var plan = InventoryImportPlan.Build(parsed, Writable, [same, changed, otherUnit], (_, _) => ImportAction.New);

        Assert.True(plan.IsValid);
        Assert.Equal([ImportAction.Unchanged, ImportAction.Updated, ImportAction.New], plan.Devices.Select(d => d.Action));
        Assert.Same(changed, plan.Devices[1].Existing);
        Assert.Equal(new ImportCounts(1, 1, 1), plan.DeviceCounts);

        InventoryImportPlan.Apply(changed, plan.Devices[1].Row, UnitA, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(("RT1", "15.2", "import"), (changed.Hostname, changed.SoftwareVersion, changed.Source));
    }

    [Fact]
    public void AnEarlierImportsRecord_IsPreferredOverOtherSources()
    {
        var scanned = new NetworkDevice { Id = Guid.Parse("00000000-0000-7000-8000-000000000001"), UnitId = UnitA, Hostname = "SW1", Kind = "switch", Vendor = "", Source = "scan" };
        var imported = new NetworkDevice { Id = Guid.Parse("00000000-0000-7000-8000-000000000002"), UnitId = UnitA, Hostname = "SW1", Kind = "switch", Vendor = "", Source = "import" };
        var parsed = Parse(Table("Thiết bị mạng", "Mã đơn vị|Tên thiết bị|Loại", "A|SW1|switch"));
        var plan = InventoryImportPlan.Build(parsed, Writable, [scanned, imported], (_, _) => ImportAction.New);
        Assert.Same(imported, Assert.Single(plan.Devices).Existing);
        Assert.Equal(ImportAction.Unchanged, plan.Devices[0].Action);
    }

    [Fact]
    public void Computers_AreClassifiedByTheCaller()
    {
        var parsed = Parse(Table("Máy tính", "Mã đơn vị|Tên máy", "A|PC1", "A|PC2", "A|PC3"));
        var plan = InventoryImportPlan.Build(parsed, Writable, [], (row, unit) =>
        {
            Assert.Equal(UnitA, unit);
            return row.HostnameKey switch { "PC1" => ImportAction.New, "PC2" => ImportAction.Updated, _ => ImportAction.Unchanged };
        });
        Assert.Equal(new ImportCounts(1, 1, 1), plan.ComputerCounts);
        Assert.All(plan.Computers, c => Assert.Equal(UnitA, c.UnitId));
    }
}
