using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Ocs;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Compliance;

/// <summary>
/// A server on SQLite or PostgreSQL with the two-branch world and a manual clock (20/11/2026, 10:00 in Hà Nội),
/// computers reported the way they are in life: OCS for Windows 7, a Vigil agent enrolled in unit A for Windows 10 and 11.
/// </summary>
internal sealed class ComplianceHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    /// <summary>The SMBIOS UUID of the Windows 7 PC in the OCS fixture; its later agent reports carry the same.</summary>
    public const string Win7Uuid = "44454C4C-4300-1035-8052-B2C04F4A4E31";

    private readonly Dictionary<string, string> _agents = new(StringComparer.Ordinal);
    private int _keys;

    /// <summary>Restarts the server on the same data (a new policy file is read at start).</summary>
    public async Task RestartAsync() => Server = await Server.RestartAsync();

    private ComplianceHost(TestServer server, TwoBranchWorld world, ManualClock clock, string[] storageArgs)
    {
        Server = server;
        World = world;
        Clock = clock;
        StorageArgs = storageArgs;
    }

    public TestServer Server { get; private set; }

    public TwoBranchWorld World { get; }

    public ManualClock Clock { get; }

    /// <summary>The storage arguments, to start another server on the same database.</summary>
    public string[] StorageArgs { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddHours(7));

    public static async Task<ComplianceHost> StartAsync(StorageProvider provider, params string[] extraArgs)
    {
        var storage = await TestServer.StorageArgsAsync(provider);
        var clock = new ManualClock(Start);
        var server = await TestServer.StartAsync(clock, [.. storage, .. extraArgs]);
        return new ComplianceHost(server, await TwoBranchWorld.SeedAsync(server), clock, storage);
    }

    /// <summary>The Windows 7 PC of the fixture, tagged for unit A, through the OCS endpoint.</summary>
    public async Task<Guid> ReportWindows7ByOcsAsync()
    {
        var path = RepositoryFiles.Fixture("ocs", "win7-sp1-fusioninventory-2.6.xml");
        var xml = (await File.ReadAllTextAsync(path)).Replace("<KEYVALUE>LS-LOCBINH</KEYVALUE>", "<KEYVALUE>A</KEYVALUE>", StringComparison.Ordinal);
        var response = await OcsWire.PostAsync(Server.Anonymous(), OcsWire.Zlib(Encoding.UTF8.GetBytes(xml)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Server.WithSystemDbAsync(db => Task.FromResult(db.Computers.Single(c => c.SmbiosUuid == Win7Uuid).Id));
    }

    /// <summary>
    /// A report of the agent on the machine named in the inventory (enrolled in unit A at its first report: an agent is
    /// one machine); returns the computer it was stored on.
    /// </summary>
    public async Task<Guid> ReportByAgentAsync(AgentInventoryDto inventory)
    {
        using var agent = Server.Anonymous();
        agent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CredentialAsync(inventory.Hostname!));
        var request = new HttpRequestMessage(HttpMethod.Post, "/" + AgentProtocol.Inventory) { Content = JsonContent.Create(inventory with { CollectedAt = Clock.GetUtcNow().UtcDateTime.AddMinutes(-1) }) };
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, $"{Interlocked.Increment(ref _keys):D10}-compliance");
        var response = await agent.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await TestServer.ReadAsync<InventoryReceiptDto>(response)).ComputerId!.Value;
    }

    private async Task<string> CredentialAsync(string hostname)
    {
        if (_agents.TryGetValue(hostname, out var known))
        {
            return known;
        }

        using var api = await ApiAsync();
        var token = await TestServer.ReadAsync<EnrolmentTokenCreatedDto>(await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/enrolment-tokens", new EnrolmentTokenCreateDto(null, null)));
        var enrolled = await Server.Anonymous().PostAsJsonAsync("/" + AgentProtocol.Enrol, new EnrolRequestDto(token.Secret, hostname, null, "1.0.0", "windows-x64"));
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        return _agents[hostname] = (await TestServer.ReadAsync<EnrolResponseDto>(enrolled)).Credential;
    }

    public async Task<HttpClient> ApiAsync(string userName = "officer.a") => await Server.ApiClientAsync(userName);

    public async Task<ComputerComplianceDto> ComplianceAsync(Guid computerId, DateOnly? asOf = null, string userName = "officer.a")
    {
        using var api = await ApiAsync(userName);
        var query = asOf is { } day ? "?asOf=" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
        return (await api.GetFromJsonAsync<ComputerComplianceDto>($"/api/v1/computers/{computerId}/compliance{query}"))!;
    }

    public async Task<CompliancePassDto> EvaluateAsync()
    {
        using var admin = await ApiAsync("admin");
        var response = await admin.PostAsync("/api/v1/compliance/evaluate", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestServer.ReadAsync<CompliancePassDto>(response);
    }

    public static VerdictDto Verdict(ComputerComplianceDto compliance, string ruleId) => Assert.Single(compliance.Verdicts, v => v.RuleId == ruleId);

    public static AgentInventoryDto Windows(string hostname, string uuid, string os, string version, string build, string cpu, bool windows11Ready) => new()
    {
        Hostname = hostname,
        SmbiosUuid = uuid,
        Os = new AgentOsDto("windows", os, "Professional", version, build, null, "x64", null),
        CpuModel = cpu,
        CpuCores = 4,
        RamMb = 8192,
        Disks = [new AgentDiskDto("Kingston SA400S37240G", "ssd", 240)],
        TpmVersion = windows11Ready ? "2.0" : "1.2",
        Uefi = windows11Ready,
        SecureBoot = windows11Ready,
        Smb1ServerEnabled = false,
        Hotfixes = ["KB5044284"],
        Software = [new AgentSoftwareDto("Bkav Endpoint", "6.0.2.10", "Bkav"), new AgentSoftwareDto("Bkav EDR Agent", "2.1", "Bkav")],
        SecurityProducts = [Bkav(signaturesDaysOld: 1)],
    };

    public AgentSecurityProductDto BkavFor(int signaturesDaysOld) => Bkav(signaturesDaysOld, Clock.GetUtcNow().UtcDateTime);

    private static AgentSecurityProductDto Bkav(int signaturesDaysOld, DateTime? now = null)
    {
        var at = now ?? Start.UtcDateTime;
        return new AgentSecurityProductDto("Bkav Endpoint", "Bkav", "antimalware", "6.0.2.10", true, true, signaturesDaysOld <= 7, "2026.11",
            at.AddDays(-signaturesDaysOld), at.AddDays(-1));
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
