using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Isolation;

/// <summary>
/// Isolation over real HTTP: through an enrolled agent (command, results, state, steps), as a network quarantine for
/// a computer without one (kits, quarantine feed with ETag, release), and unit scoping of every route.
/// </summary>
public sealed class IsolationApiTests() : TwoBranchServerTests()
{
    private async Task<(Guid ComputerId, HttpClient Agent)> EnrolledComputerAsync()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(null, "isolation")));
        var enrolled = await TestServer.ReadAsync<EnrolResponseDto>(
            await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "KT-PC09", null, "1.0.0", "linux-x64")));
        var agent = Server.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", enrolled.Credential);
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = JsonContent.Create(AgentProtocolTests.SampleInventory("KT-PC09")) };
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, "isolation-1");
        var receipt = await TestServer.ReadAsync<InventoryReceiptDto>(await agent.SendAsync(request));
        return (receipt.ComputerId!.Value, agent);
    }

    private static string Result(Guid commandId) => "/" + AgentProtocol.CommandResult.Replace("{0}", commandId.ToString(), StringComparison.Ordinal);

    private static async Task<AgentCommandDto> NextCommandAsync(HttpClient agent)
    {
        var beat = await TestServer.ReadAsync<HeartbeatResponseDto>(await agent.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1.0.0", DateTime.UtcNow, 0)));
        return Assert.Single(beat.Commands);
    }

    [Fact]
    public async Task An_agent_isolates_reports_and_releases_and_every_step_is_recorded()
    {
        var (computerId, agent) = await EnrolledComputerAsync();
        var api = await Server.ApiClientAsync("officer.a");
        var opened = await api.PostAsJsonAsync("/api/v1/incidents", new IncidentCreateDto(
            World.A.Id, "C&C WannaCry", null, "High", null, null, null, null, null, null, null, null, null, [computerId], null, null));
        var incident = (await TestServer.ReadAsync<IncidentDto>(opened)).Id;

        var requested = await TestServer.ReadAsync<IsolationDto>(await api.PostAsJsonAsync($"/api/v1/computers/{computerId}/isolation", new IsolationRequestDto("Kết nối tới C&C WannaCry", incident)));
        Assert.Equal(("agent", "requested", incident), (requested.Mode, requested.State, requested.IncidentId));
        Assert.Equal(["requested", "command-queued"], requested.Steps.Select(s => s.Step));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/computers/{computerId}/isolation", new IsolationRequestDto("again", null))).StatusCode);

        var isolate = await NextCommandAsync(agent);
        Assert.Equal("isolate", isolate.Kind);
        var payload = JsonSerializer.Deserialize(isolate.Payload!, VigilJsonContext.Default.IsolationCommandDto)!;
        Assert.Equal(("Kết nối tới C&C WannaCry", incident, true), (payload.Reason, payload.IncidentId, payload.AllowDhcp));
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync(Result(isolate.Id), new CommandResultDto(true, "isolated with nftables"))).StatusCode);

        var applied = await TestServer.ReadAsync<IsolationDto>(await api.GetAsync($"/api/v1/computers/{computerId}/isolation"));
        Assert.Equal("applied", applied.State);
        Assert.Equal(("applied", "agent", "ok", "isolated with nftables"), (applied.Steps[^1].Step, applied.Steps[^1].Actor, applied.Steps[^1].Outcome, applied.Steps[^1].Detail));

        var releasing = await TestServer.ReadAsync<IsolationDto>(await api.DeleteAsync($"/api/v1/computers/{computerId}/isolation?reason=cleaned"));
        Assert.Equal("release-requested", releasing.State);
        var release = await NextCommandAsync(agent);
        Assert.Equal(("release", null), (release.Kind, release.Payload));
        await agent.PostAsJsonAsync(Result(release.Id), new CommandResultDto(true, "released"));

        var released = await TestServer.ReadAsync<IsolationDto>(await api.GetAsync($"/api/v1/computers/{computerId}/isolation"));
        Assert.Equal("released", released.State);
        Assert.Equal(["requested", "command-queued", "applied", "release-requested", "released"], released.Steps.Select(s => s.Step));
        var audit = await Server.WithSystemDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == released.Id.ToString() && a.Action.StartsWith("isolation_")).Select(a => a.Action).ToListAsync());
        Assert.Equal(["isolation_applied", "isolation_release_requested", "isolation_released", "isolation_requested"], audit.Order());

        // The incident behind the isolation carries the request and each result the agent sent.
        var timeline = (await TestServer.ReadAsync<IncidentDto>(await api.GetAsync($"/api/v1/incidents/{incident}"))).Timeline.Where(t => t.Kind == "Action").ToList();
        Assert.Equal(3, timeline.Count);
        Assert.Contains(timeline, t => t.Text.Contains("Kết nối tới C&C WannaCry", StringComparison.Ordinal));
        Assert.Contains(timeline, t => t.Text.StartsWith("isolation done by the agent: isolated with nftables", StringComparison.Ordinal));
        Assert.Contains(timeline, t => t.Text.StartsWith("release done by the agent: released", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failed_isolation_is_recorded_and_can_be_asked_again()
    {
        var (computerId, agent) = await EnrolledComputerAsync();
        var api = await Server.ApiClientAsync("officer.a");
        await api.PostAsJsonAsync($"/api/v1/computers/{computerId}/isolation", new IsolationRequestDto("test", null));
        var isolate = await NextCommandAsync(agent);
        await agent.PostAsJsonAsync(Result(isolate.Id), new CommandResultDto(false, "server unreachable through the isolation rules; rolled back"));

        var failed = await TestServer.ReadAsync<IsolationDto>(await api.GetAsync($"/api/v1/computers/{computerId}/isolation"));
        Assert.Equal("failed", failed.State);
        Assert.Equal(("failed", "failed"), (failed.Steps[^1].Step, failed.Steps[^1].Outcome));
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/computers/{computerId}/isolation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/computers/{computerId}/isolation", new IsolationRequestDto("again", null))).StatusCode);
    }

    [Fact]
    public async Task A_computer_without_an_agent_is_quarantined_through_kits_and_the_feed_until_released()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var computer = World.ComputerOfA;
        var quarantined = await TestServer.ReadAsync<IsolationDto>(await api.PostAsJsonAsync($"/api/v1/computers/{computer}/isolation", new IsolationRequestDto("no agent", null)));
        Assert.Equal(("network-quarantine", "applied"), (quarantined.Mode, quarantined.State));
        Assert.Contains("cisco-ios", quarantined.Kits);

        var ios = await api.GetStringAsync($"/api/v1/computers/{computer}/containment/cisco-ios?interface=GigabitEthernet1/0/5");
        Assert.Contains("interface GigabitEthernet1/0/5\n description VIGIL-QUARANTINE A-PC7\n shutdown\n", ios, StringComparison.Ordinal);
        Assert.Contains(" deny ip host 10.9.0.1 any log\n", ios, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/computers/{computer}/containment/cisco-ios?interface=Gi1%0Areload")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/computers/{computer}/containment/junos")).StatusCode);

        var feed = await TestServer.ReadAsync<FeedTokenCreatedDto>(await api.PostAsJsonAsync("/api/v1/feed-tokens", new FeedTokenCreateDto(World.A.Id, "quarantine", null)));
        var anonymous = Server.Anonymous();
        var list = await anonymous.GetAsync($"/feeds/{feed.Secret}/quarantine/ip-list");
        Assert.Equal("10.9.0.1\n", await list.Content.ReadAsStringAsync());
        var nft = await anonymous.GetStringAsync($"/feeds/{feed.Secret}/quarantine/nftables");
        Assert.Contains("elements = { 00:1a:2b:aa:00:07 }", nft, StringComparison.Ordinal);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{feed.Secret}/quarantine/ip-list");
        conditional.Headers.IfNoneMatch.Add(list.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(conditional)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/feeds/vgf_not-a-token/quarantine/ip-list")).StatusCode);

        var released = await TestServer.ReadAsync<IsolationDto>(await api.DeleteAsync($"/api/v1/computers/{computer}/isolation"));
        Assert.Equal("released", released.State);
        Assert.Equal("", await anonymous.GetStringAsync($"/feeds/{feed.Secret}/quarantine/ip-list"));
    }

    [Fact]
    public async Task Other_units_computers_cannot_be_isolated_released_or_read_and_viewers_cannot_isolate()
    {
        var officer = await Server.ApiClientAsync("officer.a");
        var b = World.ComputerOfB;
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync($"/api/v1/computers/{b}/isolation", new IsolationRequestDto("x", null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.DeleteAsync($"/api/v1/computers/{b}/isolation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/computers/{b}/isolation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/computers/{b}/containment/ip-list")).StatusCode);

        var viewer = await Server.ApiClientAsync("viewer.a");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/computers/{World.ComputerOfA}/isolation", new IsolationRequestDto("x", null))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await officer.PostAsJsonAsync($"/api/v1/agents/{World.AgentA.Id}/commands", new AgentCommandCreateDto("isolate"))).StatusCode);

        // B's quarantined computer never shows in A's feed.
        var admin = await Server.ApiClientAsync("coord.p");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/computers/{b}/isolation", new IsolationRequestDto("b", null))).StatusCode);
        var feed = await TestServer.ReadAsync<FeedTokenCreatedDto>(await officer.PostAsJsonAsync("/api/v1/feed-tokens", new FeedTokenCreateDto(World.A.Id, "q", null)));
        Assert.Equal("", await Server.Anonymous().GetStringAsync($"/feeds/{feed.Secret}/quarantine/ip-list"));
    }
}
