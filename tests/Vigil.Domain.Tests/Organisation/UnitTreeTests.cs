using Vigil.Domain.Organisation;

namespace Vigil.Domain.Tests.Organisation;

public class UnitTreeTests
{
    private static OrgUnit Unit(string code, OrgUnit? parent)
    {
        var unit = new OrgUnit { Id = Guid.NewGuid(), Code = code, ParentId = parent?.Id, Depth = parent is null ? 0 : parent.Depth + 1 };
        unit.Path = UnitTree.PathFor(unit.Id, parent);
        return unit;
    }

    [Theory]
    [InlineData(" db-muongang ", "DB-MUONGANG")]
    [InlineData("ls.locbinh_01", "LS.LOCBINH_01")]
    public void Codes_are_trimmed_and_upper_cased(string raw, string expected) =>
        Assert.Equal(expected, UnitTree.NormaliseCode(raw).Value);

    [Theory]
    [InlineData(null, "unit.code_required")]
    [InlineData("   ", "unit.code_required")]
    [InlineData("MƯỜNG-ẢNG", "unit.code_invalid")]
    [InlineData("A B", "unit.code_invalid")]
    public void Bad_codes_are_refused_with_a_code(string? raw, string code) =>
        Assert.Equal(code, UnitTree.NormaliseCode(raw).Error?.Code);

    [Fact]
    public void Code_longer_than_the_limit_is_refused() =>
        Assert.Equal("unit.code_too_long", UnitTree.NormaliseCode(new string('A', UnitTree.MaxCodeLength + 1)).Error?.Code);

    [Fact]
    public void Empty_time_zone_means_the_default_and_unknown_zone_is_refused()
    {
        Assert.Equal(UnitTree.DefaultTimeZone, UnitTree.NormaliseTimeZone(" ").Value);
        Assert.Equal("unit.time_zone_unknown", UnitTree.NormaliseTimeZone("Asia/Nowhere").Error?.Code);
    }

    [Fact]
    public void Path_of_a_root_and_a_child()
    {
        var root = Unit("DB", null);
        var child = Unit("DB-A", root);

        Assert.Equal($"/{root.Id:N}/", root.Path);
        Assert.Equal($"/{root.Id:N}/{child.Id:N}/", child.Path);
        Assert.True(UnitTree.IsInSubtree(child, root));
        Assert.False(UnitTree.IsInSubtree(root, child));
    }

    [Fact]
    public void Moving_a_unit_into_itself_or_its_subtree_is_refused()
    {
        var root = Unit("DB", null);
        var commune = Unit("DB-A", root);
        var school = Unit("DB-A-S", commune);

        Assert.Equal("unit.move_into_own_subtree", UnitTree.CheckMove(commune, school)?.Code);
        Assert.Equal("unit.move_into_own_subtree", UnitTree.CheckMove(commune, commune)?.Code);
        Assert.Null(UnitTree.CheckMove(school, root));
        Assert.Null(UnitTree.CheckMove(commune, null));
    }

    [Fact]
    public void Moving_a_subtree_rewrites_paths_and_depths_at_every_level()
    {
        var db = Unit("DB", null);
        var ls = Unit("LS", null);
        var lsCommune = Unit("LS-A", ls);
        var commune = Unit("DB-A", db);
        var school = Unit("DB-A-S", commune);
        var room = Unit("DB-A-S-R", school);
        var sibling = Unit("DB-B", db);

        UnitTree.Move(commune, lsCommune, [db, ls, lsCommune, commune, school, room, sibling]);

        Assert.Equal(lsCommune.Id, commune.ParentId);
        Assert.Equal($"/{ls.Id:N}/{lsCommune.Id:N}/{commune.Id:N}/", commune.Path);
        Assert.Equal($"{commune.Path}{school.Id:N}/", school.Path);
        Assert.Equal($"{school.Path}{room.Id:N}/", room.Path);
        Assert.Equal((2, 3, 4), (commune.Depth, school.Depth, room.Depth));
        Assert.Equal($"/{db.Id:N}/{sibling.Id:N}/", sibling.Path);
        Assert.Equal(1, sibling.Depth);
    }

    [Fact]
    public void Moving_to_the_root_makes_depth_zero()
    {
        var db = Unit("DB", null);
        var commune = Unit("DB-A", db);
        var school = Unit("DB-A-S", commune);

        UnitTree.Move(commune, null, [school]);

        Assert.Null(commune.ParentId);
        Assert.Equal((0, 1), (commune.Depth, school.Depth));
        Assert.Equal($"/{commune.Id:N}/{school.Id:N}/", school.Path);
    }
}
