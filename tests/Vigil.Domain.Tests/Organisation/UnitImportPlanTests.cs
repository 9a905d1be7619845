using Vigil.Domain.Organisation;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Domain.Tests.Organisation;

public class UnitImportPlanTests
{
    private static readonly Dictionary<string, OrgUnit> NoUnits = [];

    private static IReadOnlyList<UnitCsvRow> Rows(string text)
    {
        var parsed = UnitCsvParser.Parse("code,name,parent_code\n" + text);
        Assert.Empty(parsed.Errors);
        return parsed.Rows;
    }

    private static OrgUnit Unit(string code, OrgUnit? parent)
    {
        var unit = new OrgUnit { Id = Guid.NewGuid(), Code = code, Name = code, ParentId = parent?.Id, Depth = parent is null ? 0 : parent.Depth + 1 };
        unit.Path = UnitTree.PathFor(unit.Id, parent);
        return unit;
    }

    [Fact]
    public void Children_listed_before_their_parents_are_ordered_after_them()
    {
        var plan = UnitImportPlan.Build(Rows("C,Trường,B\nB,Xã,A\nA,Tỉnh,\nD,Sở,A\n"), NoUnits);

        Assert.Empty(plan.Errors);
        Assert.Equal(["A", "B", "C", "D"], plan.Steps.Select(s => s.Row.Code));
        Assert.All(plan.Steps, s => Assert.Equal(UnitImportAction.Create, s.Action));
        Assert.Equal(4, plan.CreateCount);
    }

    [Fact]
    public void Unknown_parent_is_reported_on_its_row()
    {
        var plan = UnitImportPlan.Build(Rows("A,Tỉnh,\nB,Xã,NOPE\n"), NoUnits);

        var error = Assert.Single(plan.Errors);
        Assert.Equal((3, "parent_code", "unit.parent_unknown"), (error.Row, error.Column, error.Code));
        Assert.Empty(plan.Steps);
    }

    [Fact]
    public void Parent_may_already_exist_and_existing_codes_become_updates()
    {
        var province = Unit("DB", null);
        var commune = Unit("DB-MUONGANG", province);
        var existing = new Dictionary<string, OrgUnit> { ["db"] = province, ["DB-MUONGANG"] = commune };

        var plan = UnitImportPlan.Build(Rows("DB-MUONGANG-THCS,Trường,DB-MUONGANG\nDB-MUONGANG,Xã Mường Ảng,DB\n"), existing);

        Assert.Empty(plan.Errors);
        Assert.Equal(["DB-MUONGANG", "DB-MUONGANG-THCS"], plan.Steps.Select(s => s.Row.Code));
        Assert.Equal(UnitImportAction.Update, plan.Steps[0].Action);
        Assert.Same(commune, plan.Steps[0].Existing);
        Assert.False(plan.Steps[0].ParentChanges);
        Assert.Equal(UnitImportAction.Create, plan.Steps[1].Action);
    }

    [Fact]
    public void Cycle_within_the_file_is_reported_on_every_row_of_the_cycle()
    {
        var plan = UnitImportPlan.Build(Rows("A,a,C\nB,b,A\nC,c,B\nD,d,A\nE,e,E\n"), NoUnits);

        Assert.Equal([(2, "parent_code"), (3, "parent_code"), (4, "parent_code"), (6, "parent_code")], plan.Errors.Select(e => (e.Row, e.Column)));
        Assert.All(plan.Errors, e => Assert.Equal("unit.parent_cycle", e.Code));
    }

    [Fact]
    public void Moving_an_existing_unit_under_its_own_descendant_is_a_cycle()
    {
        var province = Unit("DB", null);
        var commune = Unit("DB-X", province);
        var school = Unit("DB-X-S", commune);
        var existing = new[] { province, commune, school }.ToDictionary(u => u.Code);

        var plan = UnitImportPlan.Build(Rows("DB,Tỉnh,DB-X-S\n"), existing);

        var error = Assert.Single(plan.Errors);
        Assert.Equal((2, "unit.parent_cycle"), (error.Row, error.Code));
    }

    [Fact]
    public void Moving_an_existing_unit_elsewhere_is_flagged()
    {
        var province = Unit("LS", null);
        var a = Unit("LS-A", province);
        var b = Unit("LS-B", province);
        var existing = new[] { province, a, b }.ToDictionary(u => u.Code);

        var plan = UnitImportPlan.Build(Rows("LS-B,Xã B,LS-A\n"), existing);

        var step = Assert.Single(plan.Steps);
        Assert.True(step.ParentChanges);
        Assert.Equal(1, plan.UpdateCount);
    }

    [Fact]
    public void A_very_deep_chain_neither_overflows_nor_takes_quadratic_time()
    {
        const int depth = 50_000;
        var text = string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => $"U{i},n,{(i == 0 ? "" : $"U{i - 1}")}\n"));

        var plan = UnitImportPlan.Build(Rows(text), NoUnits);

        Assert.Empty(plan.Errors);
        Assert.Equal("U0", plan.Steps[0].Row.Code);
        Assert.Equal($"U{depth - 1}", plan.Steps[^1].Row.Code);
    }
}
