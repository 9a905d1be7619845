using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Storage;

namespace Vigil.Server.Tests.Inventory;

/// <summary>
/// New computers' reports share group commits (ReportWriter): many at once must all be stored with every row a report
/// makes, and two new reports of one machine, which spoil a shared batch, must still end as one computer.
/// </summary>
public sealed class FirstReportGroupCommitTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Simultaneous_first_reports_are_all_stored_and_one_machine_stays_one_computer(StorageProvider provider)
    {
        var args = await TestServer.StorageArgsAsync(provider);
        await using var server = await TestServer.StartAsync(args);
        var world = await TwoBranchWorld.SeedAsync(server);
        var api = await server.ApiClientAsync("officer.a");
        var agents = new List<(Guid Id, HttpClient Client)>();
        for (var i = 0; i < 12; i++)
        {
            var token = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{world.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(null, null)));
            var enrolled = await TestServer.ReadAsync<EnrolResponseDto>(await server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(token.Secret, "GC-" + i, null, "1.0.0", "linux-x64")));
            var client = server.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", enrolled.Credential);
            agents.Add((enrolled.AgentId, client));
        }

        // Ten machines of their own, and one machine (one SMBIOS UUID) that two agents report at the same moment.
        var twin = AgentProtocolTests.SampleInventory("GC-TWIN");
        using var start = new SemaphoreSlim(0);
        var posts = agents.Select(async (agent, i) =>
        {
            var inventory = i < 10 ? AgentProtocolTests.SampleInventory("GC-PC" + i) : twin;
            var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = JsonContent.Create(inventory) };
            request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, "first");
            await start.WaitAsync();
            var response = await agent.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await TestServer.ReadAsync<InventoryReceiptDto>(response);
        }).ToList();
        start.Release(posts.Count);
        var receipts = await Task.WhenAll(posts);

        Assert.All(receipts, r => Assert.Equal("stored", r.Status));
        Assert.Equal(11, receipts.Select(r => r.ComputerId).Distinct().Count());
        Assert.Equal(receipts[10].ComputerId, receipts[11].ComputerId);
        var ids = receipts.Select(r => r.ComputerId!.Value).Distinct().ToList();
        var (computers, sources, identifiers, verdicts, agentReceipts, linked) = await server.WithSystemDbAsync(async db => (
            await db.Computers.CountAsync(c => ids.Contains(c.Id) && c.UnitId == world.A.Id),
            await db.ComputerSources.CountAsync(s => ids.Contains(s.ComputerId)),
            await db.ComputerIdentifiers.CountAsync(x => ids.Contains(x.ComputerId)),
            await db.ComplianceResults.Select(r => r.ComputerId).Distinct().CountAsync(c => ids.Contains(c)),
            await db.AgentReceipts.CountAsync(r => r.IdempotencyKey == "first"),
            await db.Agents.CountAsync(a => a.ComputerId != null && ids.Contains(a.ComputerId.Value))));
        Assert.Equal(11, computers);
        Assert.Equal(12, sources); // the twin has one source per agent
        Assert.True(identifiers >= 11, $"{identifiers} identifiers for 11 computers");
        Assert.Equal(11, verdicts); // each new computer was evaluated in the same unit of work
        Assert.Equal(12, agentReceipts);
        Assert.Equal(12, linked);
    }
}
