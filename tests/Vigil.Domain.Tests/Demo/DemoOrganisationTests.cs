using Vigil.Domain.Access;
using Vigil.Domain.Demo;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Tests.Demo;

public class DemoOrganisationTests
{
    private static readonly DateTime Now = new(2025, 11, 20, 3, 0, 0, DateTimeKind.Utc);

    private static readonly DemoDataset Demo = DemoOrganisation.Build(Now);

    [Fact]
    public void Same_seed_and_time_give_the_same_dataset()
    {
        var again = DemoOrganisation.Build(Now);

        Assert.Equal(Demo.Units.Select(u => (u.Id, u.Code, u.Path)), again.Units.Select(u => (u.Id, u.Code, u.Path)));
        Assert.Equal(Demo.InventoryReports.Select(Describe), again.InventoryReports.Select(Describe));
        Assert.Equal(Demo.NetworkDevices.Select(d => (d.Id, d.Hostname, d.SoftwareVersion)), again.NetworkDevices.Select(d => (d.Id, d.Hostname, d.SoftwareVersion)));
        Assert.NotEqual(Demo.Units[0].Id, DemoOrganisation.Build(Now, seed: 7).Units[0].Id);
    }

    [Fact]
    public void Codes_and_ids_are_unique_and_valid()
    {
        Assert.Equal(Demo.Units.Count, Demo.Units.Select(u => u.Code).Distinct().Count());
        var allIds = Demo.Units.Select(u => u.Id).Concat(Demo.NetworkDevices.Select(d => d.Id)).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct().Count());
        Assert.All(allIds, id => Assert.Equal(7, id.Version));
        Assert.All(Demo.Units, u => Assert.Equal(u.Code, UnitTree.NormaliseCode(u.Code).Value));
        Assert.All(Demo.Units, u => Assert.Equal(u.Name, UnitTree.NormaliseName(u.Name).Value));
    }

    [Fact]
    public void Every_parent_exists_before_its_child_and_depth_matches_path()
    {
        var seen = new Dictionary<Guid, OrgUnit>();
        foreach (var unit in Demo.Units)
        {
            if (unit.ParentId is { } parentId)
            {
                Assert.True(seen.TryGetValue(parentId, out var parent), $"{unit.Code}: parent not listed before it");
                Assert.Equal(UnitTree.PathFor(unit.Id, parent), unit.Path);
            }
            else
            {
                Assert.Equal(UnitTree.PathFor(unit.Id, null), unit.Path);
            }

            Assert.Equal(unit.Path.Count(c => c == '/') - 2, unit.Depth);
            Assert.Equal((Now, Now), (unit.CreatedAt, unit.UpdatedAt));
            seen.Add(unit.Id, unit);
        }
    }

    [Fact]
    public void Both_provinces_have_current_communes_and_wards_with_former_districts()
    {
        var byCode = Demo.Units.ToDictionary(u => u.Code);

        Assert.Equal(["DB", "LS"], Demo.Units.Where(u => u.ParentId is null).Select(u => u.Code).Order());
        Assert.Equal(("Xã Mường Ảng", UnitKind.Commune, "Huyện Mường Ảng"), (byCode["DB-MUONGANG"].Name, byCode["DB-MUONGANG"].Kind, byCode["DB-MUONGANG"].FormerDistrict));
        Assert.Equal(UnitKind.Ward, byCode["DB-DIENBIENPHU"].Kind);
        Assert.Equal(UnitKind.Ward, byCode["DB-MUONGLAY"].Kind);
        Assert.Equal(UnitKind.Ward, byCode["LS-DONGKINH"].Kind);
        Assert.Equal(UnitKind.Ward, byCode["LS-LUONGVANTRI"].Kind);
        Assert.Equal("Huyện Lộc Bình", byCode["LS-LOCBINH"].FormerDistrict);
        Assert.Contains(Demo.Units, u => u.Name == "Sở Khoa học và Công nghệ");
        Assert.Contains(Demo.Units, u => u.Kind == UnitKind.Clinic && u.Name.StartsWith("Trạm Y tế", StringComparison.Ordinal));
        Assert.All(Demo.Units, u => Assert.Equal(UnitTree.DefaultTimeZone, u.TimeZone));
    }

    [Fact]
    public void Every_report_names_an_existing_leaf_unit_and_looks_real()
    {
        var units = Demo.Units.ToDictionary(u => u.Code);
        var parents = Demo.Units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();
        var leaves = Demo.Units.Where(u => !parents.Contains(u.Id)).ToList();
        var placed = Demo.InventoryReports.Where(r => r.UnitId is not null || (r.UnitHint is { } hint && units.ContainsKey(hint))).ToList();
        Guid UnitOf(InventoryReport r) => r.UnitId ?? units[r.UnitHint!].Id;

        Assert.All(placed, r => Assert.DoesNotContain(UnitOf(r), parents));
        Assert.All(leaves, u => Assert.Contains(placed, r => UnitOf(r) == u.Id));
        // A machine carried over from another unit is also reported there (a unit conflict); count each unit's own names.
        var byId = Demo.Units.ToDictionary(u => u.Id);
        Assert.All(placed.GroupBy(UnitOf), g => Assert.InRange(
            g.Select(r => r.Snapshot.Hostname!).Where(h => h.StartsWith(byId[g.Key].Code + "-", StringComparison.Ordinal)).Distinct().Count(), 3, 15));
        Assert.InRange(placed.Select(r => r.Snapshot.Hostname).Distinct().Count(), 450, 600);
        Assert.All(Demo.InventoryReports, r => Assert.InRange(r.ObservedAt, Now.AddDays(-160), Now));
        Assert.All(Demo.InventoryReports, r => Assert.InRange(r.Snapshot.RamMb!.Value, 1024, 16384));
        Assert.Equal(Demo.InventoryReports.OrderBy(r => r.ObservedAt).Select(Describe), Demo.InventoryReports.Select(Describe));
        Assert.Equal([InventorySource.Agent, InventorySource.Ocs, InventorySource.Import], Demo.InventoryReports.Select(r => r.Source).Distinct().Order());
        Assert.All(Demo.InventoryReports.Where(r => r.Source == InventorySource.Agent), r => Assert.NotNull(r.UnitId));

        // A .NET 10 agent cannot run on XP/7/8.1; those come from OCS and sheets.
        Assert.DoesNotContain(Demo.InventoryReports, r => r.Source == InventorySource.Agent && OsRelease.Of(r.Snapshot.Os) is "Windows XP" or "Windows 7" or "Windows 8.1");
        Assert.Contains(Demo.InventoryReports, r => r.Snapshot.Os?.Name == "Microsoft Windows XP Professional");
        Assert.Contains(Demo.InventoryReports, r => r.Snapshot.Os?.Name == "Microsoft Windows 7 Professional");
        Assert.Contains(Demo.InventoryReports, r => r.Snapshot.Os?.Version == "10.0.19045");
        Assert.Contains(Demo.InventoryReports, r => r.Source == InventorySource.Import && r.Snapshot.IsPersonal == true && r.Snapshot.Owner is not null);

        // Machine reports carry office software lists of realistic length.
        Assert.All(Demo.InventoryReports.Where(r => r.Source != InventorySource.Import && r.Snapshot.Os?.Family == OsFamily.Windows),
            r => Assert.InRange(r.Snapshot.Software!.Count, 25, 80));
        Assert.Contains(Demo.InventoryReports, r => r.Snapshot.Software?.Any(s => s.Name == "Zalo") == true);
        Assert.Contains(Demo.InventoryReports, r => r.Snapshot.SecurityProducts?.Any(p => p.Name == "Bkav Endpoint" && p.SignatureDate is not null) == true);

        // Sheets that still say Windows 7 for a machine a machine source sees on Windows 10 or 11: conflicts to show.
        var sheetWin7 = Demo.InventoryReports.Where(r => r.Source == InventorySource.Import && r.Snapshot.Os?.Name == "Windows 7 Professional").Select(r => r.Snapshot.Hostname).ToHashSet();
        Assert.Contains(Demo.InventoryReports, r => r.Source != InventorySource.Import && sheetWin7.Contains(r.Snapshot.Hostname) && OsRelease.Of(r.Snapshot.Os) is "Windows 10" or "Windows 11");

        // The same OCS device first on Windows 7, then on Windows 10 a month later: history to show.
        Assert.Contains(Demo.InventoryReports.Where(r => r.Source == InventorySource.Ocs).GroupBy(r => r.SourceKey), g =>
            g.Count() == 2 && OsRelease.Of(g.First().Snapshot.Os) == "Windows 7" && OsRelease.Of(g.Last().Snapshot.Os) == "Windows 10"
            && (g.Last().ObservedAt - g.First().ObservedAt).TotalDays >= 30);

        // OCS TAGs from before the reorganisation, or none: the unassigned queue.
        var unknownTags = Demo.InventoryReports.Where(r => r.UnitId is null && (r.UnitHint is null || !units.ContainsKey(r.UnitHint))).ToList();
        Assert.Equal(6, unknownTags.Count);
        Assert.All(unknownTags, r => Assert.Equal(InventorySource.Ocs, r.Source));

        Assert.Contains(Demo.NetworkDevices, d => d.Vendor == "Cisco" && d.SoftwareVersion == "12.2(55)SE");
        Assert.Contains(Demo.NetworkDevices, d => d.Model == "ASA5506-X");
        Assert.Contains(Demo.NetworkDevices, d => d.Vendor != "Cisco");
        Assert.All(Demo.NetworkDevices, d => Assert.Contains(d.Kind, new[] { "switch", "router", "module", "wireless", "firewall" }));
    }

    private static string Describe(InventoryReport r) =>
        $"{r.Source}|{r.SourceKey}|{r.ObservedAt:O}|{r.UnitId}|{r.UnitHint}|{r.Snapshot.Hostname}|{r.Snapshot.SmbiosUuid}|{r.Snapshot.Os?.Name}|{r.Snapshot.CpuModel}|{r.Snapshot.RamMb}|{r.Snapshot.Software?.Count}";

    [Fact]
    public void Demo_users_cover_each_role_and_point_at_existing_units()
    {
        var codes = Demo.Units.Select(u => u.Code).ToHashSet();

        Assert.All(Demo.Users, u => Assert.Contains(u.UnitCode, codes));
        Assert.Equal(Demo.Users.Count, Demo.Users.Select(u => u.UserName).Distinct().Count());
        Assert.DoesNotContain(Demo.Users, u => u.Role == Role.Administrator);
        Assert.Contains(Demo.Users, u => u.Role == Role.Coordinator && u.UnitCode == "DB");
        Assert.Contains(Demo.Users, u => u.Role == Role.Coordinator && u.UnitCode == "LS");
        Assert.Contains(Demo.Users, u => u.Role == Role.Coordinator && u.UnitCode == "DB-MUONGANG");
        Assert.Contains(Demo.Users, u => u.Role == Role.UnitOfficer && Demo.Units.Single(x => x.Code == u.UnitCode).Kind == UnitKind.School);
        Assert.Contains(Demo.Users, u => u.Role == Role.UnitOfficer && Demo.Units.Single(x => x.Code == u.UnitCode).Kind == UnitKind.Clinic);
        Assert.Contains(Demo.Users, u => u.Role == Role.Viewer);
    }
}
