using System.Net;
using System.Net.Http.Json;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests;

/// <summary>What each role may do inside its own units (the sweep covers other units).</summary>
public sealed class RoleRulesTests() : TwoBranchServerTests()
{
    [Fact]
    public async Task UnitOfficer_EditsOwnUnitDetails_ButCannotReshapeTheTreeOrManageAccounts()
    {
        var officer = await Server.ApiClientAsync("officer.a");
        var edit = await officer.PutAsJsonAsync($"/api/v1/units/{World.A.Id}", new UnitWriteDto(null, null, null, null, null, null, "Cán bộ CNTT", "0215 3 123 456", null, null));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        var child = await officer.PostAsJsonAsync("/api/v1/units", new UnitWriteDto(World.A.Id, "A-NEW", "Điểm trường", "School", null, null, null, null, null, null));
        Assert.Equal(HttpStatusCode.Forbidden, child.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/audit")).StatusCode);

        // The page handler is guarded by the same use case, not only by hiding the form.
        var browser = await Server.SignedInClientAsync("officer.a", TwoBranchWorld.Password);
        var page = await TestServer.PostFormAsync(browser, $"/units/{World.A.Id}?handler=CreateChild",
            new() { ["Child.Code"] = "A-PAGE", ["Child.Name"] = "x", ["Child.Kind"] = "School" }, tokenSourcePath: $"/units/{World.A.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(0, await Server.WithSystemDbAsync(db => Task.FromResult(db.Units.Count(u => u.Code.StartsWith("A-")))));
    }

    [Fact]
    public async Task Coordinator_ManagesOfficersInSubtree_ButCannotGrantCoordinator()
    {
        var coordinator = await Server.ApiClientAsync("coord.a");
        var officer = await coordinator.PostAsJsonAsync("/api/v1/users", new UserWriteDto("school.officer", "Cán bộ trường", null, "UnitOfficer", [World.A1.Id], null, null));
        Assert.Equal(HttpStatusCode.OK, officer.StatusCode);
        var promote = await coordinator.PostAsJsonAsync("/api/v1/users", new UserWriteDto("another.coord", "x", null, "Coordinator", [World.A1.Id], null, null));
        await ApiTests.AssertProblemAsync(promote, HttpStatusCode.Forbidden, "user.role_forbidden");
        var elsewhere = await coordinator.PostAsJsonAsync("/api/v1/users", new UserWriteDto("elsewhere", "x", null, "Viewer", [World.B.Id], null, null));
        await ApiTests.AssertProblemAsync(elsewhere, HttpStatusCode.BadRequest, "user.unit_not_allowed", "unitIds");
        var audit = await coordinator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?entityType=UserAccount");
        Assert.Contains(audit!, a => a.Action == "created" && a.After!.Contains("school.officer", StringComparison.Ordinal));
    }
}
