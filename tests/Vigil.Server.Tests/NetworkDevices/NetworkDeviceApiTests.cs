using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.NetworkDevices;

/// <summary>Paste-and-parse, baselines and verified firmware updates over real HTTP, inside and outside the caller's units.</summary>
public sealed class NetworkDeviceApiTests() : TwoBranchServerTests()
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco", "c2960x-15.2-7-E4.txt"));

    /// <summary>The same switch before its upgrade: the version line and image name an older IOS.</summary>
    private static readonly string OldSample = Sample.Replace("Version 15.2(7)E4", "Version 15.0(2)SE11", StringComparison.Ordinal)
        .Replace("152-7.E4", "150-2.SE11", StringComparison.Ordinal);

    [Fact]
    public async Task Preview_parses_and_stores_nothing()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var before = await CountDevicesAsync(World.A.Id);
        var response = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/network-devices/parse", new NetworkDeviceCliDto(Sample));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parsed = await TestServer.ReadAsync<DeviceParseDto>(response);
        Assert.Equal(("ios", "15.2(7)E4", "WS-C2960X-48FPD-L", "FOC2041Z0QR", "SW-TANG2"), (parsed.Os, parsed.Version, parsed.Model, parsed.Serial, parsed.Hostname));
        Assert.Equal(before, await CountDevicesAsync(World.A.Id));
    }

    [Fact]
    public async Task A_parse_error_names_the_line_and_changes_nothing()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var before = await CountDevicesAsync(World.A.Id);
        var garbage = "\n\nthis is not cisco output\nat all\n";
        var preview = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/network-devices/parse", new NetworkDeviceCliDto(garbage));
        await ApiTests.AssertProblemAsync(preview, HttpStatusCode.BadRequest, "device.cli.unrecognised", "line 3");
        var store = await api.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/network-devices/cli", new NetworkDeviceCliDto(garbage));
        await ApiTests.AssertProblemAsync(store, HttpStatusCode.BadRequest, "device.cli.unrecognised", "line 3");
        Assert.Contains("Line 3:", await store.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await CountDevicesAsync(World.A.Id));
    }

    [Fact]
    public async Task An_upgrade_across_the_baseline_is_a_verified_firmware_update_with_its_evidence()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var unit = World.A.Id;
        var baseline = await api.PutAsJsonAsync($"/api/v1/units/{unit}/firmware-baselines", new FirmwareBaselineWriteDto("IOS", "", "15.2(7)E4", "PSIRT 2023"));
        Assert.Equal(HttpStatusCode.OK, baseline.StatusCode);

        var first = await TestServer.ReadAsync<NetworkDeviceStoredDto>(await api.PostAsJsonAsync($"/api/v1/units/{unit}/network-devices/cli", new NetworkDeviceCliDto(OldSample)));
        Assert.True(first.Created);
        Assert.Equal(("fail", "15.0(2)SE11"), (first.Device.Firmware.Status, first.Device.Version));
        Assert.Contains("below the baseline 15.2(7)E4", first.Device.Firmware.Reason, StringComparison.Ordinal);
        Assert.Null(first.FirmwareUpdate);
        var below = (await api.GetFromJsonAsync<List<NetworkDeviceDto>>($"/api/v1/units/{unit}/network-devices?belowBaseline=true"))!;
        Assert.Equal(first.Device.Id, Assert.Single(below).Id);

        var second = await TestServer.ReadAsync<NetworkDeviceStoredDto>(await api.PostAsJsonAsync($"/api/v1/units/{unit}/network-devices/cli", new NetworkDeviceCliDto(Sample)));
        Assert.False(second.Created);
        Assert.Equal(first.Device.Id, second.Device.Id);
        Assert.Equal("pass", second.Device.Firmware.Status);
        var update = Assert.IsType<FirmwareUpdateEventDto>(second.FirmwareUpdate);
        Assert.Equal(("15.0(2)SE11", "15.2(7)E4", "15.2(7)E4", "cli", "officer.a"), (update.OldVersion, update.NewVersion, update.BaselineVersion, update.Source, update.Actor));
        Assert.Contains(second.Changes, c => c is { Field: "version", OldValue: "15.0(2)SE11", NewValue: "15.2(7)E4" });
        Assert.Empty((await api.GetFromJsonAsync<List<NetworkDeviceDto>>($"/api/v1/units/{unit}/network-devices?belowBaseline=true"))!);

        // Pasting the same output again is no new update: the event counts the crossing once.
        var third = await TestServer.ReadAsync<NetworkDeviceStoredDto>(await api.PostAsJsonAsync($"/api/v1/units/{unit}/network-devices/cli", new NetworkDeviceCliDto(Sample)));
        Assert.Null(third.FirmwareUpdate);
        Assert.Empty(third.Changes);

        var detail = (await api.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{unit}/network-devices/{first.Device.Id}"))!;
        Assert.Single(detail.FirmwareUpdates);
        Assert.Contains(detail.Changes, c => c.Field == "created");
        Assert.Equal("cli", Assert.Single(detail.Reports).Source);
        var events = (await api.GetFromJsonAsync<List<FirmwareUpdateEventDto>>($"/api/v1/units/{unit}/firmware-updates"))!;
        Assert.Equal("SW-TANG2", Assert.Single(events).Hostname);
    }

    [Fact]
    public async Task A_baseline_file_with_a_bad_row_is_refused_by_line_and_imports_nothing()
    {
        var api = await Server.ApiClientAsync("coord.a");
        var unit = World.A1.Id; // A's child, in the coordinator's subtree: the other tests of this class use A's own baselines.
        var bad = "family,model,minimum_version,note\nios,,15.2(7)E4,\nasa,ASA5516,not-a-version,\n";
        var refused = await api.PostAsync($"/api/v1/units/{unit}/firmware-baselines/import", new StringContent(bad, Encoding.UTF8, "text/csv"));
        await ApiTests.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "firmware_baseline.file_invalid", "line 3");
        Assert.Empty((await api.GetFromJsonAsync<List<FirmwareBaselineDto>>($"/api/v1/units/{unit}/firmware-baselines"))!);

        var yaml = "- family: IOS XE\n  model: c9300-48p\n  minimum_version: 17.9.4a\n- family: nx-os\n  minimum_version: 9.3(10)\n";
        var imported = await api.PostAsync($"/api/v1/units/{unit}/firmware-baselines/import", new StringContent(yaml, Encoding.UTF8, "application/yaml"));
        Assert.Equal(new FirmwareBaselineImportDto(2, 0, 0), await TestServer.ReadAsync<FirmwareBaselineImportDto>(imported));
        var list = (await api.GetFromJsonAsync<List<FirmwareBaselineDto>>($"/api/v1/units/{unit}/firmware-baselines"))!;
        Assert.Equal(["ios-xe C9300-48P 17.9.4a", "nx-os  9.3(10)"], list.Select(b => $"{b.SoftwareFamily} {b.Model} {b.MinimumVersion}"));
    }

    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    public async Task A_caller_of_unit_A_can_neither_read_nor_change_devices_baselines_or_updates_of_B(string userName)
    {
        var api = await Server.ApiClientAsync(userName);
        var b = World.B.Id;
        var before = await Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync(d => d.UnitId == b));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{b}/network-devices")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{b}/network-devices/{World.DeviceOfB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{World.A.Id}/network-devices/{World.DeviceOfB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{b}/firmware-baselines")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/units/{b}/firmware-updates")).StatusCode);
        var store = await api.PostAsJsonAsync($"/api/v1/units/{b}/network-devices/cli", new NetworkDeviceCliDto(Sample));
        await ApiTests.AssertProblemAsync(store, HttpStatusCode.NotFound, "unit.not_found");
        var put = await api.PutAsJsonAsync($"/api/v1/units/{b}/firmware-baselines", new FirmwareBaselineWriteDto("ios", "", "12.2(55)SE7", null));
        await ApiTests.AssertProblemAsync(put, HttpStatusCode.NotFound, "unit.not_found");
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/units/{b}/firmware-baselines?family=ios")).StatusCode);

        var state = await Server.WithSystemDbAsync(async db => (
            await db.NetworkDevices.CountAsync(d => d.UnitId == b),
            await db.FirmwareBaselines.Where(x => x.UnitId == b).Select(x => x.MinimumVersion).SingleAsync(),
            await db.FirmwareUpdateEvents.CountAsync(e => e.UnitId == b)));
        Assert.Equal((before, "15.2(7)E4", 1), state);
    }

    [Fact]
    public async Task The_owner_of_B_sees_B_device_below_its_baseline()
    {
        var api = await Server.ApiClientAsync(World.OfficerB.UserName);
        var devices = (await api.GetFromJsonAsync<List<NetworkDeviceDto>>($"/api/v1/units/{World.B.Id}/network-devices?kind=switch&family=ios"))!;
        var device = Assert.Single(devices, d => d.Id == World.DeviceOfB);
        Assert.Equal(("fail", "15.2(7)E4"), (device.Firmware.Status, device.Firmware.BaselineVersion));
    }

    private Task<int> CountDevicesAsync(Guid unitId) => Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync(d => d.UnitId == unitId));
}
