using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Storage;

namespace Vigil.Server.Tests;

/// <summary>One enrolment token, many machines enrolling with it at the same moment: exactly one wins, on both providers.</summary>
public sealed class AgentEnrolmentRaceTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Concurrent_enrolments_with_one_token_produce_exactly_one_agent(StorageProvider provider)
    {
        var args = await TestServer.StorageArgsAsync(provider);
        await using var server = await TestServer.StartAsync(args);
        var world = await TwoBranchWorld.SeedAsync(server);
        var api = await server.ApiClientAsync("officer.a");
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{world.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(null, null)));

        using var start = new SemaphoreSlim(0);
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            using var client = server.Anonymous();
            await start.WaitAsync();
            return (await client.PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "RACE-" + i, null, "1.0.0", "linux-x64"))).StatusCode;
        }).ToList();
        start.Release(attempts.Count);
        var statuses = await Task.WhenAll(attempts);

        // The statuses in the message: a lost race must be a 403, and any other answer has to be seen to be fixed.
        var seen = string.Join(", ", statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) == 1, "Statuses: " + seen);
        Assert.True(statuses.Count(s => s == HttpStatusCode.Forbidden) == 7, "Statuses: " + seen);
        var agents = await server.WithSystemDbAsync(db => db.Agents.CountAsync(a => a.Hostname.StartsWith("RACE-")));
        Assert.Equal(1, agents);
        var token = await server.WithSystemDbAsync(db => db.EnrolmentTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id));
        Assert.NotNull(token.UsedAt);
    }
}
