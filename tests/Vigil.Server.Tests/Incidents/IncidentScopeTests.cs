using System.Net;
using System.Net.Http.Json;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Incidents;

/// <summary>People of unit A never read or change B's incident, its files or its timeline; B's coordinator above does.</summary>
public sealed class IncidentScopeTests() : TwoBranchServerTests()
{
    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    [InlineData("viewer.a")]
    public async Task Unit_A_sees_nothing_of_B_s_incident(string userName)
    {
        using var api = await Server.ApiClientAsync(userName);
        var b = $"/api/v1/incidents/{World.IncidentOfB}";
        var refused = new (string Method, string Path, object? Body)[]
        {
            ("GET", b, null),
            ("PATCH", b, new IncidentUpdateDto("A", null, null, null, null, null, null, null, null, null, null)),
            ("POST", b + "/transition", new IncidentTransitionDto("Contained", null)),
            ("POST", b + "/notes", new IncidentNoteDto("A")),
            ("POST", b + "/assign", new IncidentAssignDto(World.OfficerA.Id)),
            ("POST", b + "/reported", null),
            ("GET", $"{b}/files/{World.IncidentFileOfB}", null),
        };
        foreach (var (method, path, body) in refused)
        {
            var response = await api.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) });
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"{method} {path} → {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(TwoBranchWorld.Marker, text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var list in new[] { "/api/v1/incidents", $"/api/v1/incidents?unitId={World.B.Id}", "/api/v1/incidents?q=" + TwoBranchWorld.Marker })
        {
            var page = await api.GetFromJsonAsync<IncidentPageDto>(list);
            Assert.Equal(0, page!.Total);
        }

        var create = await api.PostAsJsonAsync("/api/v1/incidents", new IncidentCreateDto(
            World.B.Id, "x", null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
    }

    [Fact]
    public async Task The_province_coordinator_reads_and_works_B_s_incident()
    {
        using var api = await Server.ApiClientAsync("coord.p");
        var page = await api.GetFromJsonAsync<IncidentPageDto>("/api/v1/incidents?open=true");
        Assert.Contains(page!.Items, i => i.Id == World.IncidentOfB);
        var moved = await api.PostAsJsonAsync($"/api/v1/incidents/{World.IncidentOfB}/transition", new IncidentTransitionDto("Contained", null));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
    }
}
