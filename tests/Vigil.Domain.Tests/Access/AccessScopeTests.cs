using Vigil.Domain.Access;

namespace Vigil.Domain.Tests.Access;

public class AccessScopeTests
{
    private static readonly Guid Province = Guid.NewGuid();
    private static readonly Guid Commune = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid OtherProvince = Guid.NewGuid();

    private static IEnumerable<Guid> SubtreeOf(Guid unit) =>
        unit == Province ? [Province, Commune, School] : unit == Commune ? [Commune, School] : [unit];

    private static AccessScope For(Role role, params Guid[] units) => AccessScope.ForUser(Guid.NewGuid(), role, units, SubtreeOf);

    [Fact]
    public void Administrator_sees_and_changes_everything()
    {
        var scope = For(Role.Administrator);

        Assert.True(scope.IsAll);
        Assert.False(scope.IsSystem);
        Assert.True(scope.CanWrite(OtherProvince));
    }

    [Fact]
    public void Coordinator_reads_and_writes_the_subtree_only()
    {
        var scope = For(Role.Coordinator, Commune);

        Assert.True(scope.CanRead(School) && scope.CanWrite(School) && scope.CanWrite(Commune));
        Assert.False(scope.CanRead(Province));
        Assert.False(scope.CanRead(OtherProvince));
        Assert.Equal(new HashSet<Guid> { Commune, School }, scope.ReadableUnitIds.ToHashSet());
    }

    [Fact]
    public void Unit_officer_reads_and_writes_only_bound_units_not_their_children()
    {
        var scope = For(Role.UnitOfficer, Commune);

        Assert.True(scope.CanRead(Commune) && scope.CanWrite(Commune));
        Assert.False(scope.CanRead(School));
    }

    [Fact]
    public void Viewer_reads_the_subtree_and_writes_nothing()
    {
        var scope = For(Role.Viewer, Province);

        Assert.True(scope.CanRead(School));
        Assert.False(scope.CanWrite(School));
        Assert.False(scope.CanWriteAnything);
        Assert.False(scope.CanRead(OtherProvince));
    }

    [Fact]
    public void None_sees_nothing_and_system_everything()
    {
        Assert.False(AccessScope.None.CanRead(Province));
        Assert.False(AccessScope.None.CanWriteAnything);
        Assert.True(AccessScope.System.IsSystem);
        Assert.True(AccessScope.System.CanWrite(Province));
    }

    [Fact]
    public void Unknown_role_is_a_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => For((Role)42, Province));
}
