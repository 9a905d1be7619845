using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests;

/// <summary>The inventory API over real HTTP: what each role may read and decide, inside and outside its units.</summary>
public sealed class InventoryApiTests() : TwoBranchServerTests()
{
    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    public async Task A_caller_of_unit_A_can_neither_read_nor_resolve_nor_edit_a_computer_of_B(string userName)
    {
        var api = await Server.ApiClientAsync(userName);
        var b = World.ComputerOfB;

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/computers/{b}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/computers/{b}/history")).StatusCode);
        var resolve = await api.PostAsJsonAsync($"/api/v1/computers/{b}/conflicts/{World.ConflictOfB}/resolve", new ConflictResolveDto("import"));
        await ApiTests.AssertProblemAsync(resolve, HttpStatusCode.NotFound, "conflict.not_found");
        var patch = await api.PatchAsJsonAsync($"/api/v1/computers/{b}", new ComputerPatchDto("Kẻ lạ", true));
        await ApiTests.AssertProblemAsync(patch, HttpStatusCode.NotFound, "computer.not_found");
        var list = await api.GetFromJsonAsync<ComputerListDto>($"/api/v1/computers?q={TwoBranchWorld.Marker}");
        Assert.Equal(0, list!.Total);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/computers?unitId={World.B.Id}")).StatusCode);

        var state = await Server.WithSystemDbAsync(async db => await db.Computers.Where(c => c.Id == b).Select(c => new { c.Owner, c.Pins, c.OpenConflicts }).SingleAsync());
        Assert.Equal(("Chủ " + TwoBranchWorld.Marker + "-PC7", null, 1), (state.Owner, state.Pins, state.OpenConflicts));
    }

    [Fact]
    public async Task An_officer_settles_a_conflict_and_states_the_owner_of_their_own_computer()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var a = World.ComputerOfA;
        var before = (await api.GetFromJsonAsync<ComputerDetailDto>($"/api/v1/computers/{a}"))!;
        var open = Assert.Single(before.Conflicts);
        Assert.Equal(["agent", "import"], open.Choices.Order());
        Assert.True(before.CanEdit);
        Assert.Equal("agent", before.Facts.Single(f => f.Field == "os").Source);

        var bad = await api.PostAsJsonAsync($"/api/v1/computers/{a}/conflicts/{open.Id}/resolve", new ConflictResolveDto("fax"));
        await ApiTests.AssertProblemAsync(bad, HttpStatusCode.BadRequest, "conflict.choice_invalid", "chosenSource");
        var resolved = await api.PostAsJsonAsync($"/api/v1/computers/{a}/conflicts/{open.Id}/resolve", new ConflictResolveDto("import"));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var after = await TestServer.ReadAsync<ComputerDetailDto>(resolved);
        Assert.Equal(("Windows 7", 0), (after.Summary.OsRelease, after.Summary.OpenConflicts));
        var os = after.Facts.Single(f => f.Field == "os");
        Assert.Equal(("import", true), (os.Source, os.Pinned));
        Assert.Equal(("officer.a", "import"), (after.Conflicts[0].ResolvedBy, after.Conflicts[0].ChosenSource));

        var patched = await api.PatchAsJsonAsync($"/api/v1/computers/{a}", new ComputerPatchDto("Lò Văn Nam", true));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var owner = (await TestServer.ReadAsync<ComputerDetailDto>(patched)).Facts.Single(f => f.Field == "owner");
        Assert.Equal(("Lò Văn Nam", "manual"), (owner.Value, owner.Source));

        var history = (await api.GetFromJsonAsync<ComputerHistoryDto>($"/api/v1/computers/{a}/history"))!;
        Assert.Contains(history.Items, h => h is { Field: "owner", Source: "manual", Actor: "officer.a", NewValue: "Lò Văn Nam" });
        Assert.Contains(history.Items, h => h is { Field: "os", Source: "manual", NewValue: "Windows 7 (import)" });

        // A record from before per-source snapshots (no source at all) still shows its columns.
        var list = (await api.GetFromJsonAsync<ComputerListDto>("/api/v1/computers?sort=hostname"))!;
        Assert.Equal(["A-PC1", "A-PC7"], list.Items.Select(i => i.Hostname));
        var legacy = (await api.GetFromJsonAsync<ComputerDetailDto>($"/api/v1/computers/{list.Items[0].Id}"))!;
        Assert.Equal(("Windows 7 Professional", null), (legacy.Facts.Single(f => f.Field == "os").Value, legacy.Facts.Single(f => f.Field == "os").Source));
        Assert.Empty(legacy.Sources);

        // A viewer reads but may not decide.
        var viewer = await Server.ApiClientAsync("viewer.a");
        Assert.False((await viewer.GetFromJsonAsync<ComputerDetailDto>($"/api/v1/computers/{a}"))!.CanEdit);
        await ApiTests.AssertProblemAsync(await viewer.PatchAsJsonAsync($"/api/v1/computers/{a}", new ComputerPatchDto("x", null)), HttpStatusCode.Forbidden, "computer.forbidden");
    }

    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    public async Task Only_a_coordinator_of_a_top_level_unit_sees_and_assigns_the_unassigned_queue(string userName)
    {
        var refused = await Server.ApiClientAsync(userName);
        await ApiTests.AssertProblemAsync(await refused.GetAsync("/api/v1/inventory/unassigned"), HttpStatusCode.Forbidden, "unassigned.forbidden");
        var assign = await refused.PostAsJsonAsync($"/api/v1/inventory/unassigned/{World.UnassignedReport}/assign", new UnassignedAssignDto(World.A.Id));
        await ApiTests.AssertProblemAsync(assign, HttpStatusCode.Forbidden, "unassigned.forbidden");
        await ApiTests.AssertProblemAsync(await refused.DeleteAsync($"/api/v1/inventory/unassigned/{World.UnassignedReport}"), HttpStatusCode.Forbidden, "unassigned.forbidden");

        var province = await Server.ApiClientAsync("coord.p");
        var queue = (await province.GetFromJsonAsync<List<UnassignedReportDto>>("/api/v1/inventory/unassigned"))!;
        Assert.Equal(TwoBranchWorld.Marker + "-OLD-TAG", Assert.Single(queue).UnitHint);
        var done = await province.PostAsJsonAsync($"/api/v1/inventory/unassigned/{World.UnassignedReport}/assign", new UnassignedAssignDto(World.A.Id));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var computer = (await TestServer.ReadAsync<UnassignedAssignedDto>(done)).ComputerId;
        Assert.Empty((await province.GetFromJsonAsync<List<UnassignedReportDto>>("/api/v1/inventory/unassigned"))!);

        var officer = await Server.ApiClientAsync("officer.a");
        var detail = (await officer.GetFromJsonAsync<ComputerDetailDto>($"/api/v1/computers/{computer}"))!;
        Assert.Equal((World.A.Id, "Windows 7"), (detail.Summary.UnitId, detail.Summary.OsRelease));
    }
}
