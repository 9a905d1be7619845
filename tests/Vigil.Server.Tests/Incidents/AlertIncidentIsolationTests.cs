using System.Net;
using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Alerts;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Incidents;

/// <summary>The features joined: a hunted log opens an incident by the default rule, and isolating from it lands on its timeline.</summary>
public class AlertIncidentIsolationTests : TwoBranchServerTests
{
    [Fact]
    public async Task A_block_hit_on_a_known_computer_opens_one_incident_and_its_isolation_is_on_the_timeline()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");

        await AlertHost.UploadAsync(api, World.A.Id, "asa-1.log", AlertHost.AsaLog);
        var opened = await IndicatorHost.OkAsync<IncidentPageDto>(await api.GetAsync($"/api/v1/incidents?unitId={World.A.Id}&open=true"));
        var summary = Assert.Single(opened.Items);
        var incident = await IncidentAsync(api, summary.Id);
        Assert.Contains(incident.Assets, a => a.Kind == "Computer" && a.RefId == World.ComputerOfA);
        var alertLine = Assert.Single(incident.Timeline, t => t.Kind == "Alert");

        // The same alert grows with a second copy of the log: still one incident, still one line for the alert.
        var again = await AlertHost.UploadAsync(api, World.A.Id, "asa-2.log", AlertHost.AsaLog);
        Assert.Equal(1, again.AlertsUpdated);
        Assert.Single((await IndicatorHost.OkAsync<IncidentPageDto>(await api.GetAsync($"/api/v1/incidents?unitId={World.A.Id}&open=true"))).Items);
        Assert.Equal(alertLine.Id, Assert.Single((await IncidentAsync(api, summary.Id)).Timeline, t => t.Kind == "Alert").Id);

        // An incident of another unit cannot carry this isolation; the unit's own can.
        var foreign = await api.PostAsJsonAsync($"/api/v1/computers/{World.ComputerOfA}/isolation", new IsolationRequestDto("contain the C2 traffic", World.IncidentOfB));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var isolated = await api.PostAsJsonAsync($"/api/v1/computers/{World.ComputerOfA}/isolation", new IsolationRequestDto("contain the C2 traffic", summary.Id));
        Assert.True(isolated.IsSuccessStatusCode, await isolated.Content.ReadAsStringAsync());
        var action = Assert.Single((await IncidentAsync(api, summary.Id)).Timeline, t => t.Kind == "Action");
        Assert.Contains("contain the C2 traffic", action.Text, StringComparison.Ordinal);
    }

    private static async Task<IncidentDto> IncidentAsync(HttpClient api, Guid id) =>
        await IndicatorHost.OkAsync<IncidentDto>(await api.GetAsync($"/api/v1/incidents/{id}"));
}
