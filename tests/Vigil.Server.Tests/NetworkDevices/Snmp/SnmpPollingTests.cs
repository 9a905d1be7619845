using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts.V1;
using Vigil.Domain.Devices.Snmp;
using Vigil.Server.Features.Jobs;

namespace Vigil.Server.Tests.NetworkDevices.Snmp;

/// <summary>
/// Polling real agents (snmpsim as a Catalyst 2960-X, net-snmp's snmpd) over UDP on 127.0.0.1 through the API: v2c,
/// v3 authPriv with SHA/AES and SHA-256/AES, the precise errors, the stored device, the verified firmware update, the
/// schedule, and that credentials stay secret and within their unit.
/// </summary>
public sealed class SnmpPollingTests(SnmpAgents agents)
    : TwoBranchServerTests("--Vigil:Snmp:Timeout=00:00:01", "--Vigil:Snmp:Retries=1"), IClassFixture<SnmpAgents>
{
    [Fact]
    public async Task A_v2c_poll_stores_the_switch_like_pasted_show_version_and_keeps_the_community_secret()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var profile = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("v2c-core", "v2c", Community: SnmpAgents.NewCommunity));
        Assert.True(profile.CommunitySet);
        var target = await CreateTargetAsync(api, profile.Id, agents.SimPort);

        var result = await PollAsync(api, target.Id);

        Assert.True(result.Status == "ok", result.Error);
        var device = result.Stored!.Device;
        Assert.True(result.Stored.Created);
        Assert.Equal(("SW-TANG2", "ios", "15.2(7)E4", SnmpAgents.Model, SnmpAgents.Serial, "snmp", "127.0.0.1", "switch"),
            (device.Hostname, device.SoftwareFamily, device.Version, device.Model, device.Serial, device.Source, device.ManagementAddress, device.Kind));
        Assert.Equal("C2960X-UNIVERSALK9-M", result.Stored.Parsed.SoftwareImage);
        Assert.Equal(["1", "Switch 1 - Power Supply 0", "GigabitEthernet1/0/49"], result.Stored.Parsed.Modules.Select(m => m.Name));
        Assert.Equal(262_656, result.Stored.Parsed.UptimeSeconds);

        var detail = (await api.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{World.A.Id}/network-devices/{device.Id}"))!;
        Assert.Equal("snmp", Assert.Single(detail.Reports).Source);
        var targets = (await api.GetFromJsonAsync<List<SnmpPollTargetDto>>($"/api/v1/units/{World.A.Id}/snmp/targets"))!;
        Assert.Equal(("ok", device.Id, "SW-TANG2"), (Assert.Single(targets).LastStatus, targets[0].DeviceId, targets[0].DeviceHostname));

        // The community is nowhere in what the API returns, and not in the database in clear.
        var listed = await api.GetStringAsync($"/api/v1/units/{World.A.Id}/snmp/profiles");
        Assert.DoesNotContain(SnmpAgents.NewCommunity, listed, StringComparison.Ordinal);
        var stored = await Server.WithSystemDbAsync(db => db.SnmpCredentialProfiles.AsNoTracking().SingleAsync(p => p.Id == profile.Id));
        Assert.DoesNotContain(SnmpAgents.NewCommunity, stored.ProtectedSecrets, StringComparison.Ordinal);

        // "Poll now" on the device page polls the same target again; nothing changed, so no history.
        var again = await TestServer.ReadAsync<SnmpPollResultDto>(await api.PostAsync($"/api/v1/units/{World.A.Id}/network-devices/{device.Id}/poll", null));
        Assert.Equal("ok", again.Status);
        Assert.False(again.Stored!.Created);
        Assert.Empty(again.Stored.Changes);
    }

    [Theory]
    [InlineData(SnmpAgents.ShaUser, "sha")]
    [InlineData(SnmpAgents.Sha256User, "sha256")]
    public async Task A_v3_authPriv_poll_reads_the_same_facts(string user, string auth)
    {
        var api = await Server.ApiClientAsync("officer.a");
        var profile = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("v3-" + auth, "v3", UserName: user, AuthProtocol: auth,
            AuthPassphrase: SnmpAgents.AuthPass, PrivProtocol: "aes128", PrivPassphrase: SnmpAgents.PrivPass, ContextName: SnmpAgents.NewCommunity));
        Assert.Equal((true, true, false), (profile.AuthPassphraseSet, profile.PrivPassphraseSet, profile.CommunitySet));
        var target = await CreateTargetAsync(api, profile.Id, agents.SimPort);

        var result = await PollAsync(api, target.Id);

        Assert.True(result.Status == "ok", result.Error);
        Assert.Equal(("ios", "15.2(7)E4", SnmpAgents.Serial), (result.Stored!.Device.SoftwareFamily, result.Stored.Device.Version, result.Stored.Device.Serial));
        var listed = await api.GetStringAsync($"/api/v1/units/{World.A.Id}/snmp/profiles");
        Assert.DoesNotContain(SnmpAgents.AuthPass, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(SnmpAgents.PrivPass, listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Net_snmp_agent_answers_v3_and_its_reports_become_precise_errors()
    {
        var api = await Server.ApiClientAsync("officer.a");
        async Task<SnmpPollResultDto> PollWithAsync(string name, string user, string authPass)
        {
            var profile = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto(name, "v3", UserName: user, AuthProtocol: "sha",
                AuthPassphrase: authPass, PrivProtocol: "aes128", PrivPassphrase: SnmpAgents.PrivPass));
            var targets = (await api.GetFromJsonAsync<List<SnmpPollTargetDto>>($"/api/v1/units/{World.A.Id}/snmp/targets"))!;
            var target = targets.Count == 0 ? await CreateTargetAsync(api, profile.Id, agents.SnmpdPort)
                : await TestServer.ReadAsync<SnmpPollTargetDto>(await api.PutAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/targets/{targets[0].Id}",
                    new SnmpPollTargetWriteDto("127.0.0.1", profile.Id, agents.SnmpdPort)));
            return await PollAsync(api, target.Id);
        }

        var ok = await PollWithAsync("snmpd-ok", SnmpAgents.ShaUser, SnmpAgents.AuthPass);
        Assert.True(ok.Status == "ok", ok.Error);
        Assert.Equal(("sw-snmpd", "15.2(7)E4", null), (ok.Stored!.Device.Hostname, ok.Stored.Device.Version, ok.Stored.Device.Serial));

        var wrongPass = await PollWithAsync("snmpd-wrong", SnmpAgents.ShaUser, "not-the-passphrase");
        Assert.Equal(("error", SnmpCodes.WrongDigest), (wrongPass.Status, wrongPass.ErrorCode));
        Assert.Contains("passphrase", wrongPass.Error, StringComparison.Ordinal);

        var unknown = await PollWithAsync("snmpd-unknown", "nosuchuser", SnmpAgents.AuthPass);
        Assert.Equal(SnmpCodes.UnknownUserName, unknown.ErrorCode);
        Assert.Contains("nosuchuser", unknown.Error, StringComparison.Ordinal);

        var target = Assert.Single((await api.GetFromJsonAsync<List<SnmpPollTargetDto>>($"/api/v1/units/{World.A.Id}/snmp/targets"))!);
        Assert.Equal(("error", SnmpCodes.UnknownUserName), (target.LastStatus, target.LastErrorCode));
    }

    [Fact]
    public async Task A_wrong_community_or_v3_passphrase_against_snmpsim_is_a_precise_error_and_stores_nothing()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var before = await Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync());
        var v2c = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("wrong-community", "v2c", Community: "not-the-community"));
        var target = await CreateTargetAsync(api, v2c.Id, agents.SimPort);
        var timeout = await PollAsync(api, target.Id);
        Assert.Equal(("error", SnmpCodes.Timeout), (timeout.Status, timeout.ErrorCode));
        Assert.Contains("community", timeout.Error, StringComparison.Ordinal);

        var v3 = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("wrong-v3", "v3", UserName: SnmpAgents.ShaUser, AuthProtocol: "sha",
            AuthPassphrase: "wrong-passphrase", PrivProtocol: "aes128", PrivPassphrase: SnmpAgents.PrivPass, ContextName: SnmpAgents.NewCommunity));
        await api.PutAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/targets/{target.Id}", new SnmpPollTargetWriteDto("127.0.0.1", v3.Id, agents.SimPort));
        var wrong = await PollAsync(api, target.Id);
        Assert.Equal(SnmpCodes.WrongDigest, wrong.ErrorCode);
        Assert.Equal(before, await Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync()));
    }

    [Fact]
    public async Task A_poll_after_an_upgrade_across_the_baseline_records_a_verified_firmware_update_and_the_schedule_polls_enabled_targets()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var unit = World.A.Id;
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/v1/units/{unit}/firmware-baselines", new FirmwareBaselineWriteDto("ios", "", "15.2(7)E4", "PSIRT"))).StatusCode);
        var old = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("before", "v2c", Community: SnmpAgents.OldCommunity));
        var target = await CreateTargetAsync(api, old.Id, agents.SimPort);
        var first = await PollAsync(api, target.Id);
        Assert.Equal(("15.0(2)SE11", "fail"), (first.Stored!.Device.Version, first.Stored.Device.Firmware.Status));

        // The switch now answers with the upgraded image: same serial, new version. The scheduled job polls it.
        var upgraded = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("after", "v2c", Community: SnmpAgents.NewCommunity));
        await api.PutAsJsonAsync($"/api/v1/units/{unit}/snmp/targets/{target.Id}", new SnmpPollTargetWriteDto("127.0.0.1", upgraded.Id, agents.SimPort, true));
        var job = Server.App.Services.GetServices<IRecurringJob>().Single(j => j.Name == "snmp-poll");
        Assert.Equal(TimeSpan.FromHours(6), job.DefaultInterval);
        await job.RunAsync(Server.App.Services, DateTime.UtcNow, CancellationToken.None);

        var events = (await api.GetFromJsonAsync<List<FirmwareUpdateEventDto>>($"/api/v1/units/{unit}/firmware-updates"))!;
        var update = Assert.Single(events);
        Assert.Equal(("15.0(2)SE11", "15.2(7)E4", "snmp", "job:snmp-poll", first.Stored.Device.Id), (update.OldVersion, update.NewVersion, update.Source, update.Actor, update.DeviceId));
        var device = (await api.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{unit}/network-devices/{first.Stored.Device.Id}"))!;
        Assert.Contains(device.Changes, c => c is { Field: "version", OldValue: "15.0(2)SE11", NewValue: "15.2(7)E4", Source: "snmp" });
    }

    [Fact]
    public async Task An_officer_of_A_can_neither_see_nor_use_B_credentials_or_targets()
    {
        var api = await Server.ApiClientAsync("officer.a");
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{World.B.Id}/snmp/profiles")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{World.B.Id}/snmp/targets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/units/{World.B.Id}/snmp/targets/{World.SnmpTargetOfB}/poll", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"/api/v1/units/{World.A.Id}/snmp/targets/{World.SnmpTargetOfB}/poll", null)).StatusCode);

        // B's profile cannot be borrowed for a target of A.
        var borrowed = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/targets", new SnmpPollTargetWriteDto("127.0.0.1", World.SnmpProfileOfB, agents.SimPort));
        await ApiTests.AssertProblemAsync(borrowed, HttpStatusCode.BadRequest, "snmp_target.profile_invalid", "profileId");

        // Only single addresses: no ranges or subnets to scan.
        var profile = await CreateProfileAsync(api, new SnmpCredentialProfileWriteDto("a", "v2c", Community: "public-a"));
        var subnet = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/targets", new SnmpPollTargetWriteDto("10.0.0.0/24", profile.Id));
        await ApiTests.AssertProblemAsync(subnet, HttpStatusCode.BadRequest, "snmp_target.address_invalid", "address");
        var weak = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/profiles", new SnmpCredentialProfileWriteDto("weak", "v3", UserName: "u", AuthProtocol: "sha", AuthPassphrase: "short"));
        await ApiTests.AssertProblemAsync(weak, HttpStatusCode.BadRequest, "snmp_profile.auth_passphrase_invalid", "authPassphrase");
    }

    [Fact]
    public async Task The_pages_create_a_profile_and_target_poll_it_and_offer_poll_now_on_the_device()
    {
        var browser = await Server.SignedInClientAsync("officer.a", TwoBranchWorld.Password);
        var page = $"/network-devices/{World.A.Id}/snmp";
        var saved = await TestServer.PostFormAsync(browser, page + "?handler=SaveProfile", new()
        {
            ["Profile.Name"] = "page-v3", ["Profile.Version"] = "v3", ["Profile.UserName"] = SnmpAgents.Sha256User, ["Profile.AuthProtocol"] = "sha256",
            ["Profile.AuthPassphrase"] = SnmpAgents.AuthPass, ["Profile.PrivProtocol"] = "aes128", ["Profile.PrivPassphrase"] = SnmpAgents.PrivPass,
            ["Profile.ContextName"] = SnmpAgents.NewCommunity,
        });
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("page-v3", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SnmpAgents.AuthPass, html, StringComparison.Ordinal);

        var profileId = (await Server.WithSystemDbAsync(db => db.SnmpCredentialProfiles.AsNoTracking().SingleAsync(p => p.Name == "page-v3"))).Id;
        var added = await TestServer.PostFormAsync(browser, page + "?handler=SaveTarget", new()
        {
            ["Target.Address"] = "127.0.0.1", ["Target.Port"] = agents.SimPort.ToString(), ["Target.ProfileId"] = profileId.ToString(), ["Target.Enabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var targetId = (await Server.WithSystemDbAsync(db => db.SnmpPollTargets.AsNoTracking().SingleAsync(t => t.ProfileId == profileId))).Id;
        var polled = await TestServer.PostFormAsync(browser, page + "?handler=Poll", new() { ["Id"] = targetId.ToString() });
        var after = await polled.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, polled.StatusCode);
        Assert.Contains("SW-TANG2", after, StringComparison.Ordinal);

        var deviceId = (await Server.WithSystemDbAsync(db => db.SnmpPollTargets.AsNoTracking().SingleAsync(t => t.Id == targetId))).DeviceId!.Value;
        var devicePage = $"/network-devices/{World.A.Id}/{deviceId}";
        Assert.Contains("device-poll", await browser.GetStringAsync(devicePage), StringComparison.Ordinal);
        var again = await TestServer.PostFormAsync(browser, devicePage + "?handler=Poll", []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(SnmpAgents.Serial, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<SnmpCredentialProfileDto> CreateProfileAsync(HttpClient api, SnmpCredentialProfileWriteDto body)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/profiles", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<SnmpCredentialProfileDto>(response);
    }

    private async Task<SnmpPollTargetDto> CreateTargetAsync(HttpClient api, Guid profileId, int port)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/snmp/targets", new SnmpPollTargetWriteDto("127.0.0.1", profileId, port));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<SnmpPollTargetDto>(response);
    }

    private async Task<SnmpPollResultDto> PollAsync(HttpClient api, Guid targetId)
    {
        var response = await api.PostAsync($"/api/v1/units/{World.A.Id}/snmp/targets/{targetId}/poll", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<SnmpPollResultDto>(response);
    }
}
