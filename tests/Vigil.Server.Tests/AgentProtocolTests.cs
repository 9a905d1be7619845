using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Agents;

namespace Vigil.Server.Tests;

/// <summary>The agent protocol over real HTTP: enrolment, credential, idempotent inventory, heartbeats and commands.</summary>
public sealed class AgentProtocolTests() : TwoBranchServerTests()
{
    internal static AgentInventoryDto SampleInventory(string hostname) => new()
    {
        CollectedAt = DateTime.UtcNow.AddMinutes(-1),
        Hostname = hostname,
        SmbiosUuid = "4C4C4544-0042-3510-8052-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
        Os = new AgentOsDto("linux", "Debian GNU/Linux", null, "12 (bookworm)", "6.1.0", null, "x64", null),
        CpuModel = "AMD EPYC",
        CpuCores = 2,
        RamMb = 4096,
        Software = [new AgentSoftwareDto("openssl", "3.0.11-1", "Debian OpenSSL Team")],
    };

    private async Task<(EnrolResponseDto Enrolled, HttpClient Agent)> EnrolAsync(string userName, Guid unitId)
    {
        var api = await Server.ApiClientAsync(userName);
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{unitId}/enrolment-tokens", new EnrolmentTokenCreateDto(null, "phòng kế toán")));
        var response = await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "KT-PC01", null, "1.0.0", "linux-x64"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var enrolled = await TestServer.ReadAsync<EnrolResponseDto>(response);
        var agent = Server.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", enrolled.Credential);
        return (enrolled, agent);
    }

    private static Task<HttpResponseMessage> PostInventoryAsync(HttpClient agent, string? key, AgentInventoryDto inventory)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = JsonContent.Create(inventory) };
        if (key is not null)
        {
            request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, key);
        }

        return agent.SendAsync(request);
    }

    [Fact]
    public async Task Token_enrols_once_and_the_secret_is_never_listed()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(null, null)));
        Assert.StartsWith("vge_", created.Secret, StringComparison.Ordinal);
        Assert.Equal(7, (created.Token.ExpiresAt - created.Token.CreatedAt).TotalDays, 3);

        var first = await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "PC-1", null, "1.0.0", "linux-x64"));
        var second = await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "PC-2", null, "1.0.0", "linux-x64"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (first.StatusCode, second.StatusCode));
        var enrolled = await TestServer.ReadAsync<EnrolResponseDto>(first);
        Assert.Equal(("A", 60), (enrolled.UnitCode, enrolled.HeartbeatSeconds));
        Assert.True(enrolled.Credential.Length >= 4 + 43, "256 bits of base64url after the marker");
        var listed = await api.GetStringAsync($"/api/v1/units/{World.A.Id}/enrolment-tokens");
        Assert.DoesNotContain(created.Secret, listed, StringComparison.Ordinal);
        var stored = await Server.WithSystemDbAsync(db => db.Agents.AsNoTracking().SingleAsync(a => a.Id == enrolled.AgentId));
        Assert.NotEqual(enrolled.Credential, stored.CredentialHash);
        Assert.Equal(64, stored.CredentialHash.Length);
    }

    [Fact]
    public async Task Viewer_cannot_create_tokens_and_revoked_or_expired_tokens_do_not_enrol()
    {
        var viewer = await Server.ApiClientAsync("viewer.a");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(1, null))).StatusCode);

        var api = await Server.ApiClientAsync("coord.a");
        var created = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{World.A1.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(1, null)));
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"/api/v1/units/{World.A1.Id}/enrolment-tokens/{created.Token.Id}")).StatusCode);
        var refused = await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(created.Secret, "PC-1", null, "1.0.0", "linux-x64"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Inventory_is_stored_once_per_idempotency_key_in_the_agents_unit()
    {
        var (enrolled, agent) = await EnrolAsync("officer.a", World.A.Id);
        var inventory = SampleInventory("KT-PC01");

        var missingKey = await PostInventoryAsync(agent, null, inventory);
        var first = await TestServer.ReadAsync<InventoryReceiptDto>(await PostInventoryAsync(agent, "0001-abc", inventory));
        var retry = await TestServer.ReadAsync<InventoryReceiptDto>(await PostInventoryAsync(agent, "0001-abc", inventory));
        var next = await TestServer.ReadAsync<InventoryReceiptDto>(await PostInventoryAsync(agent, "0002-abc", inventory with { RamMb = 8192 }));

        Assert.Equal(HttpStatusCode.BadRequest, missingKey.StatusCode);
        Assert.Equal(("stored", "duplicate", "stored"), (first.Status, retry.Status, next.Status));
        Assert.Equal(first.ComputerId, retry.ComputerId);
        Assert.Equal(first.ComputerId, next.ComputerId);
        var (computers, receipts, agentRow) = await Server.WithSystemDbAsync(async db => (
            await db.Computers.CountAsync(c => c.Id == first.ComputerId && c.UnitId == World.A.Id),
            await db.AgentReceipts.CountAsync(r => r.AgentId == enrolled.AgentId),
            await db.Agents.AsNoTracking().SingleAsync(a => a.Id == enrolled.AgentId)));
        Assert.Equal((1, 2, first.ComputerId), (computers, receipts, agentRow.ComputerId));
        Assert.NotNull(agentRow.LastSeenAt);
    }

    [Fact]
    public async Task Concurrent_unchanged_reports_are_all_recorded_and_a_repeated_key_counts_once()
    {
        // Unchanged re-reports are written in shared group commits; a batch holding a duplicate key must fail only
        // that delivery, and every acknowledged one must be in the database.
        var (enrolled, agent) = await EnrolAsync("officer.a", World.A.Id);
        var inventory = SampleInventory("KT-PC02");
        var first = await TestServer.ReadAsync<InventoryReceiptDto>(await PostInventoryAsync(agent, "first", inventory));
        var start = inventory.CollectedAt;

        var distinct = Enumerable.Range(1, 40)
            .Select(i => PostInventoryAsync(agent, $"again-{i}", inventory with { CollectedAt = start.AddSeconds(i) }));
        var copies = Enumerable.Range(1, 8)
            .Select(_ => PostInventoryAsync(agent, "same-key", inventory with { CollectedAt = start.AddSeconds(5) }));
        var answers = await Task.WhenAll(distinct.Concat(copies));
        var receipts = await Task.WhenAll(answers.Select(TestServer.ReadAsync<InventoryReceiptDto>));

        Assert.Equal("stored", first.Status);
        Assert.All(receipts.Take(40), r => Assert.Equal(("unchanged", first.ComputerId), (r.Status, r.ComputerId)));
        Assert.Equal((1, 7), (receipts.Skip(40).Count(r => r.Status == "unchanged"), receipts.Skip(40).Count(r => r.Status == "duplicate")));
        var (stored, observedAt) = await Server.WithSystemDbAsync(async db => (
            await db.AgentReceipts.CountAsync(r => r.AgentId == enrolled.AgentId),
            await db.Computers.Where(c => c.Id == first.ComputerId).Select(c => c.ObservedAt).SingleAsync()));
        Assert.Equal(42, stored);
        Assert.Equal(start.AddSeconds(40), observedAt, TimeSpan.FromMilliseconds(1));
    }

    // Both tests send the whole body before reading the answer, as HttpClient does. A server that answers early and closes
    // while the client is still writing would break the connection instead of delivering the 413, so each test is built
    // to let Kestrel take in every byte: a declared length is drained after the answer, and the streamed body overshoots
    // the limit by less than Kestrel's input buffer.
    [Fact]
    public async Task Oversized_inventory_with_a_declared_length_is_refused_with_413_before_it_is_read()
    {
        var (_, agent) = await EnrolAsync("officer.a", World.A.Id);
        var json = InventoryOfAtLeast(new AgentOptions().MaxInventoryBytes + 500_000, "BIG-DECLARED");
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, "big-1");

        var response = await agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("agent.inventory_too_large", await response.Content.ReadAsStringAsync());
        Assert.False(await Server.WithSystemDbAsync(db => db.Computers.AnyAsync(c => c.Hostname == "BIG-DECLARED")));
    }

    [Fact]
    public async Task Oversized_streamed_inventory_is_refused_with_413_once_the_limit_is_crossed()
    {
        var (_, agent) = await EnrolAsync("officer.a", World.A.Id);
        var json = InventoryOfAtLeast(new AgentOptions().MaxInventoryBytes + 64_000, "BIG-STREAMED");
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = new UnknownLengthContent(json) };
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, "big-2");

        var response = await agent.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("agent.inventory_too_large", await response.Content.ReadAsStringAsync());
        Assert.False(await Server.WithSystemDbAsync(db => db.Computers.AnyAsync(c => c.Hostname == "BIG-STREAMED")));
    }

    [Theory]
    [InlineData("{\"hostname\": \"BROKEN\", \"software\": [", "agent.inventory_invalid")]
    [InlineData("{\"hostname\": 42}", "agent.inventory_invalid")]
    [InlineData("", "agent.inventory_invalid")]
    [InlineData("null", "The body is empty.")]
    public async Task Malformed_inventory_is_refused_with_400_and_stores_nothing(string body, string expected)
    {
        var (enrolled, agent) = await EnrolAsync("officer.a", World.A.Id);
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, "bad-1");

        var response = await agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await Server.WithSystemDbAsync(db => db.AgentReceipts.CountAsync(r => r.AgentId == enrolled.AgentId)));
    }

    /// <summary>A sample inventory padded with software until its JSON is at least <paramref name="bytes"/> long.</summary>
    private static byte[] InventoryOfAtLeast(long bytes, string hostname)
    {
        var entry = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new AgentSoftwareDto("package-with-a-long-name-000000", "1.0.0-000000", "Publisher")).Length + 1;
        var count = (int)(bytes / entry) + 1;
        var inventory = SampleInventory(hostname) with
        {
            Software = Enumerable.Range(0, count).Select(i => new AgentSoftwareDto($"package-with-a-long-name-{i:D6}", $"1.0.0-{i:D6}", "Publisher")).ToList(),
        };
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(inventory);
        Assert.InRange(json.Length, bytes, bytes + 100_000);
        return json;
    }

    /// <summary>Sends its bytes with chunked transfer encoding, as a client that streams its JSON would.</summary>
    private sealed class UnknownLengthContent(byte[] body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task Heartbeat_hands_out_a_requested_collection_and_records_its_result()
    {
        var (enrolled, agent) = await EnrolAsync("officer.a", World.A.Id);
        var api = await Server.ApiClientAsync("officer.a");
        var command = await TestServer.ReadAsync<AgentCommandStatusDto>(await api.PostAsJsonAsync($"/api/v1/agents/{enrolled.AgentId}/commands", new AgentCommandCreateDto("collect-inventory")));

        var beat = await TestServer.ReadAsync<HeartbeatResponseDto>(await agent.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1.0.1", DateTime.UtcNow, 0)));
        var again = await TestServer.ReadAsync<HeartbeatResponseDto>(await agent.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1.0.1", DateTime.UtcNow, 0)));
        var result = await agent.PostAsJsonAsync($"/agent/v1/commands/{command.Id}/result", new CommandResultDto(true, "inventory delivered"));

        Assert.Equal([command.Id], beat.Commands.Select(c => c.Id));
        Assert.Equal("collect-inventory", beat.Commands[0].Kind);
        Assert.Empty(again.Commands);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var listed = await TestServer.ReadAsync<List<AgentCommandStatusDto>>(await api.GetAsync($"/api/v1/agents/{enrolled.AgentId}/commands"));
        Assert.True(listed.Single().Succeeded);
        var row = await TestServer.ReadAsync<AgentDto>(await api.GetAsync($"/api/v1/agents/{enrolled.AgentId}"));
        Assert.Equal("1.0.1", row.AgentVersion);
    }

    [Fact]
    public async Task Revoked_agent_gets_401_and_an_api_token_opens_nothing_under_agent_paths()
    {
        var (enrolled, agent) = await EnrolAsync("officer.a", World.A.Id);
        var api = await Server.ApiClientAsync("officer.a");
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1", DateTime.UtcNow, 0))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"/api/v1/agents/{enrolled.AgentId}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await agent.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1", DateTime.UtcNow, 0))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostInventoryAsync(agent, "k1", SampleInventory("X"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsJsonAsync("/" + AgentProtocol.Heartbeat, new HeartbeatRequestDto("1", DateTime.UtcNow, 0))).StatusCode);
        var (_, other) = await EnrolAsync("officer.a", World.A.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync($"/api/v1/units/{World.A.Id}")).StatusCode);
    }

    [Fact]
    public async Task Officer_of_A_cannot_see_revoke_or_command_agents_and_tokens_of_B()
    {
        var api = await Server.ApiClientAsync("officer.a");

        var responses = new[]
        {
            await api.GetAsync($"/api/v1/units/{World.B.Id}/agents"),
            await api.GetAsync($"/api/v1/units/{World.B.Id}/enrolment-tokens"),
            await api.PostAsJsonAsync($"/api/v1/units/{World.B.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(1, null)),
            await api.DeleteAsync($"/api/v1/units/{World.B.Id}/enrolment-tokens/{World.EnrolmentTokenOfB}"),
            await api.GetAsync($"/api/v1/agents/{World.AgentB.Id}"),
            await api.DeleteAsync($"/api/v1/agents/{World.AgentB.Id}"),
            await api.PostAsJsonAsync($"/api/v1/agents/{World.AgentB.Id}/commands", new AgentCommandCreateDto("collect-inventory")),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var (revoked, tokenRevoked, commands) = await Server.WithSystemDbAsync(async db => (
            (await db.Agents.AsNoTracking().SingleAsync(a => a.Id == World.AgentB.Id)).RevokedAt,
            (await db.EnrolmentTokens.AsNoTracking().SingleAsync(t => t.Id == World.EnrolmentTokenOfB)).RevokedAt,
            await db.AgentCommands.CountAsync(c => c.AgentId == World.AgentB.Id)));
        Assert.Equal((null, null, 1), (revoked, tokenRevoked, commands));
    }

    [Fact]
    public async Task Agent_of_A_cannot_report_results_for_commands_of_B()
    {
        var agent = Server.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", World.AgentACredential);

        var response = await agent.PostAsJsonAsync($"/agent/v1/commands/{World.CommandOfB}/result", new CommandResultDto(true, "not mine"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var completed = await Server.WithSystemDbAsync(async db => (await db.AgentCommands.AsNoTracking().SingleAsync(c => c.Id == World.CommandOfB)).CompletedAt);
        Assert.Null(completed);
    }
}
