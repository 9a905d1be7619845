using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Demo;

namespace Vigil.Server.Tests;

/// <summary>The --demo start and the dashboard figures it feeds, per unit and per subtree, limited by scope.</summary>
public sealed class DemoAndDashboardTests : IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() => _server = await TestServer.StartAsync("--demo");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Demo_LoadsBothProvinces_WithAccountsOfEveryRole()
    {
        var admin = await _server.ApiClientAsync("admin");
        var units = (await admin.GetFromJsonAsync<List<UnitDto>>("/api/v1/units"))!;
        Assert.Contains(units, u => u.Name.Contains("Điện Biên", StringComparison.Ordinal) && u.ParentId is null);
        Assert.Contains(units, u => u.Name.Contains("Lạng Sơn", StringComparison.Ordinal) && u.ParentId is null);
        Assert.Contains(units, u => u.FormerDistrict is not null);
        Assert.Contains(units, u => u.Kind == "School");
        Assert.Contains(units, u => u.Kind == "Clinic");
        var users = (await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!;
        Assert.Equal(["Administrator", "Coordinator", "UnitOfficer", "Viewer"], users.Select(u => u.Role).Distinct().Order());

        var dashboard = (await admin.GetFromJsonAsync<DashboardDto>("/api/v1/dashboard"))!;
        Assert.True(Figure(dashboard, "computers") >= 50, "the demo should have enough computers to show");
        Assert.True(Figure(dashboard, "network_devices") >= 5);
        Assert.True(Figure(dashboard, "personal_computers") > 0);
    }

    [Fact]
    public async Task Dashboard_SubtreeAddsUp_AndACoordinatorSeesOnlyTheirProvince()
    {
        var admin = await _server.ApiClientAsync("admin");
        var units = (await admin.GetFromJsonAsync<List<UnitDto>>("/api/v1/units"))!;
        var roots = units.Where(u => u.ParentId is null).ToList();
        var total = Figure((await admin.GetFromJsonAsync<DashboardDto>("/api/v1/dashboard"))!, "computers");
        var perRoot = new List<long>();
        foreach (var root in roots)
        {
            perRoot.Add(Figure((await admin.GetFromJsonAsync<DashboardDto>($"/api/v1/dashboard/units/{root.Id}"))!, "computers"));
            var alone = Figure((await admin.GetFromJsonAsync<DashboardDto>($"/api/v1/dashboard/units/{root.Id}?subtree=false"))!, "units");
            Assert.Equal(1, alone);
        }

        Assert.Equal(total, perRoot.Sum());

        var coordinatorName = (await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!
            .First(u => u.Role == "Coordinator" && u.UnitIds.Any(id => roots.Any(r => r.Id == id))).UserName;
        var coordinator = _server.Anonymous();
        coordinator.DefaultRequestHeaders.Authorization = new("Bearer", await _server.CreateTokenAsync(coordinatorName));
        var seen = (await coordinator.GetFromJsonAsync<DashboardDto>("/api/v1/dashboard"))!;
        Assert.Contains(Figure(seen, "computers"), perRoot);
        Assert.True(Figure(seen, "computers") < total);
    }

    [Fact]
    public async Task DemoAccount_SignsInWithTheDocumentedPassword()
    {
        var admin = await _server.ApiClientAsync("admin");
        var viewer = (await admin.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.First(u => u.Role == "Viewer");
        var client = await _server.SignedInClientAsync(viewer.UserName, DemoSeeder.DemoPassword);
        var page = await client.GetStringAsync("/");
        Assert.Contains("id=\"figures\"", page, StringComparison.Ordinal);
    }

    private static long Figure(DashboardDto d, string key) => d.Figures.Single(f => f.Key == key).Value;
}
