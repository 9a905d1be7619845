using Vigil.Domain.Access;
using Vigil.Domain.Demo;
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
        Assert.Equal(Demo.Computers.Select(c => (c.Id, c.Hostname, c.OsName, c.CpuModel, c.RamMb, c.ObservedAt)), again.Computers.Select(c => (c.Id, c.Hostname, c.OsName, c.CpuModel, c.RamMb, c.ObservedAt)));
        Assert.Equal(Demo.NetworkDevices.Select(d => (d.Id, d.Hostname, d.SoftwareVersion)), again.NetworkDevices.Select(d => (d.Id, d.Hostname, d.SoftwareVersion)));
        Assert.NotEqual(Demo.Units[0].Id, DemoOrganisation.Build(Now, seed: 7).Units[0].Id);
    }

    [Fact]
    public void Codes_and_ids_are_unique_and_valid()
    {
        Assert.Equal(Demo.Units.Count, Demo.Units.Select(u => u.Code).Distinct().Count());
        var allIds = Demo.Units.Select(u => u.Id).Concat(Demo.Computers.Select(c => c.Id)).Concat(Demo.NetworkDevices.Select(d => d.Id)).ToList();
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
    public void Every_asset_belongs_to_an_existing_leaf_unit_and_looks_real()
    {
        var unitIds = Demo.Units.Select(u => u.Id).ToHashSet();
        var parents = Demo.Units.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value).ToHashSet();

        Assert.All(Demo.Computers, c => Assert.Contains(c.UnitId, unitIds));
        Assert.All(Demo.NetworkDevices, d => Assert.Contains(d.UnitId, unitIds));
        Assert.All(Demo.Computers.GroupBy(c => c.UnitId), g => Assert.InRange(g.Count(), 3, 15));
        Assert.All(Demo.Units.Where(u => !parents.Contains(u.Id)), u => Assert.Contains(Demo.Computers, c => c.UnitId == u.Id));
        Assert.All(Demo.Computers, c => Assert.InRange(c.RamMb!.Value, 2048, 16384));
        Assert.All(Demo.Computers, c => Assert.InRange(c.ObservedAt, Now.AddDays(-60), Now));
        Assert.All(Demo.Computers, c => Assert.Contains(c.Source, new[] { "agent", "ocs", "import" }));
        Assert.DoesNotContain(Demo.Computers, c => c.Source == "agent" && c.OsName!.Contains("Windows XP", StringComparison.Ordinal));
        Assert.Contains(Demo.Computers, c => c.OsName == "Microsoft Windows XP Professional");
        Assert.Contains(Demo.Computers, c => c.OsName == "Microsoft Windows 7 Professional");
        Assert.Contains(Demo.Computers, c => c.OsVersion == "10.0.19045 (22H2)");
        Assert.Contains(Demo.Computers, c => c.IsPersonal);
        Assert.Contains(Demo.NetworkDevices, d => d.Vendor == "Cisco" && d.SoftwareVersion == "12.2(55)SE");
        Assert.Contains(Demo.NetworkDevices, d => d.Model == "ASA5506-X");
        Assert.Contains(Demo.NetworkDevices, d => d.Vendor != "Cisco");
        Assert.All(Demo.NetworkDevices, d => Assert.Contains(d.Kind, new[] { "switch", "router", "module", "wireless", "firewall" }));
    }

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
