using System.Net.Http.Json;
using Vigil.Agent.Collection;
using Vigil.Agent.Configuration;
using Vigil.Agent.Running;
using Vigil.Agent.Spool;
using Vigil.Agent.Transport;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Server.Tests;

namespace Vigil.Agent.Tests;

/// <summary>Helpers: an enrolment token made through the API, and an agent runner wired to a server address.</summary>
internal static class AgentWithServer
{
    public static async Task<string> EnrolmentTokenAsync(TestServer server, Guid unitId)
    {
        // The coordinator of commune A may create tokens for A and its school A1.
        var api = await server.ApiClientAsync("coord.a");
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{unitId}/enrolment-tokens", new EnrolmentTokenCreateDto(null, "test")));
        return created.Secret;
    }

    public static async Task<EnrolResponseDto> EnrolAsync(TestServer server, Guid unitId)
    {
        using var http = AgentHttp.Create(server.BaseAddress, allowHttp: true, pin: null);
        return await new AgentClient(http).EnrolAsync(new EnrolRequestDto(await EnrolmentTokenAsync(server, unitId), "TEST-PC", null, "1.0.0", "linux-x64"), CancellationToken.None);
    }

    public static AgentRunner Runner(Uri server, EnrolResponseDto enrolled, InventorySpool spool, IInventoryCollector collector, out HttpClient http)
    {
        var config = new AgentConfig { ServerUrl = server, AgentId = enrolled.AgentId, Credential = enrolled.Credential, AllowHttp = true };
        http = AgentHttp.Create(server, allowHttp: true, pin: null, TimeSpan.FromSeconds(10));
        return new AgentRunner(config, spool, new AgentClient(http, enrolled.Credential), collector, new AgentLog(TextWriter.Null, TimeProvider.System), TimeProvider.System);
    }

    /// <summary>An address on which nothing listens: a port that was just free.</summary>
    public static Uri DeadServer()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/");
    }
}

/// <summary>A collector that reports what the test says, one change per call.</summary>
internal sealed class CountingCollector(string hostname) : IInventoryCollector
{
    public int Calls { get; private set; }

    public AgentInventoryDto Collect() => new()
    {
        CollectedAt = DateTime.UtcNow,
        Hostname = hostname,
        Os = new AgentOsDto("linux", "Debian GNU/Linux", null, "12 (bookworm)", null, null, "x64", null),
        RamMb = 1000 + ++Calls,
    };
}
