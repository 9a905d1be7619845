using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.NetworkDevices;

/// <summary>The end-of-support catalog over real HTTP: administrators import it, devices show it, the list filters by it.</summary>
public sealed class DeviceLifecycleApiTests() : TwoBranchServerTests()
{
    private const string Header = "vendor,model,series,end_of_sale,end_of_sw_maintenance,end_of_security_support,last_date_of_support,source\n";

    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco", "c2960x-15.2-7-E4.txt"));

    // Dates around the server's real today, so that the statuses do not depend on the day the test runs.
    private static string Day(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_imported_entry_shows_on_the_device_and_the_end_of_support_filter_finds_it()
    {
        var officer = await Server.ApiClientAsync("officer.a");
        var stored = await TestServer.ReadAsync<NetworkDeviceStoredDto>(
            await officer.PostAsJsonAsync($"/api/v1/units/{World.A.Id}/network-devices/cli", new NetworkDeviceCliDto(Sample)));
        Assert.Equal("WS-C2960X-48FPD-L", stored.Device.Model);

        var admin = await Server.ApiClientAsync("admin");
        var csv = Header
            + $"Cisco,WS-C2960X-48FPD-L,2960-X PoE,{Day(-900)},{Day(-500)},{Day(-1)},{Day(400)},\"EOL-TEST, bulletin\"\n"
            + $"Cisco,C9300-*,9300,{Day(10)},,,{Day(2000)},EOL-FUTURE\n";
        var imported = await admin.PostAsync("/api/v1/device-lifecycle/import?fileName=eox.csv", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(new DeviceLifecycleImportDto(2, 0, 0, 0), await TestServer.ReadAsync<DeviceLifecycleImportDto>(imported));

        var device = (await officer.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{World.A.Id}/network-devices/{stored.Device.Id}"))!.Device;
        Assert.Equal(("end_of_security_support", "WS-C2960X-48FPD-L", "EOL-TEST, bulletin"), (device.Lifecycle.Status, device.Lifecycle.ModelPattern, device.Lifecycle.Source));
        Assert.Equal(DateOnly.Parse(Day(400), CultureInfo.InvariantCulture), device.Lifecycle.LastDateOfSupport);

        var ended = (await officer.GetFromJsonAsync<List<NetworkDeviceDto>>($"/api/v1/units/{World.A.Id}/network-devices?endOfSupport=true"))!;
        Assert.Equal(stored.Device.Id, Assert.Single(ended).Id);
        var others = (await officer.GetFromJsonAsync<List<NetworkDeviceDto>>($"/api/v1/units/{World.A.Id}/network-devices?endOfSupport=false"))!;
        Assert.DoesNotContain(others, d => d.Id == stored.Device.Id);
        Assert.All(others, d => Assert.Equal("unknown", d.Lifecycle.Status));

        // The same file again changes nothing; an edited date updates the entry and the device at once.
        var again = await admin.PostAsync("/api/v1/device-lifecycle/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(new DeviceLifecycleImportDto(0, 0, 2, 0), await TestServer.ReadAsync<DeviceLifecycleImportDto>(again));
        var edited = Header + $"cisco,ws-c2960x-48fpd-l,2960-X PoE,{Day(-900)},{Day(-500)},{Day(-1)},{Day(-1)},EOL-TEST\n";
        var update = await admin.PostAsync("/api/v1/device-lifecycle/import", new StringContent(edited, Encoding.UTF8, "text/csv"));
        Assert.Equal(new DeviceLifecycleImportDto(0, 1, 0, 0), await TestServer.ReadAsync<DeviceLifecycleImportDto>(update));
        device = (await officer.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{World.A.Id}/network-devices/{stored.Device.Id}"))!.Device;
        Assert.Equal("end_of_support", device.Lifecycle.Status);

        // Replacing removes the imported entries the file does not name; removing the last one brings back the default.
        var replace = await admin.PostAsync("/api/v1/device-lifecycle/import?replace=true", new StringContent(edited, Encoding.UTF8, "text/csv"));
        Assert.Equal(new DeviceLifecycleImportDto(0, 0, 1, 1), await TestServer.ReadAsync<DeviceLifecycleImportDto>(replace));
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/v1/device-lifecycle?vendor=Cisco&model=WS-C2960X-48FPD-L")).StatusCode);
        device = (await officer.GetFromJsonAsync<NetworkDeviceDetailDto>($"/api/v1/units/{World.A.Id}/network-devices/{stored.Device.Id}"))!.Device;
        Assert.Equal("WS-C2960X-*", device.Lifecycle.ModelPattern);
        var catalog = (await officer.GetFromJsonAsync<List<DeviceLifecycleEntryDto>>("/api/v1/device-lifecycle"))!;
        Assert.All(catalog, e => Assert.Equal("default", e.Origin));

        var audit = await Server.WithSystemDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "device_lifecycle_imported" || a.Action == "device_lifecycle_deleted"));
        Assert.Equal(5, audit);
    }

    [Fact]
    public async Task A_bad_row_is_reported_by_file_line_and_column_and_imports_nothing()
    {
        var admin = await Server.ApiClientAsync("admin");
        var before = (await admin.GetFromJsonAsync<List<DeviceLifecycleEntryDto>>("/api/v1/device-lifecycle"))!;
        var bad = Header + "Cisco,ISR4321*,ISR,2024-09-30,,,2029-09-30,x\nCisco,ISR4331*,ISR,30.09.2024,,,2029-09-30,x\n";
        var refused = await admin.PostAsync("/api/v1/device-lifecycle/import?fileName=eox.csv", new StringContent(bad, Encoding.UTF8, "text/csv"));
        await ApiTests.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "device_lifecycle.file_invalid", "line 3, column end_of_sale");
        Assert.Contains("eox.csv: line 3, column end_of_sale: '30.09.2024' is not a date", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = (await admin.GetFromJsonAsync<List<DeviceLifecycleEntryDto>>("/api/v1/device-lifecycle"))!;
        Assert.Equal(before.Count, after.Count);
        Assert.Equal(0, await Server.WithSystemDbAsync(db => db.DeviceLifecycleRecords.CountAsync()));
    }

    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.p")]
    [InlineData("viewer.a")]
    public async Task Only_administrators_change_the_catalog_everyone_reads_it(string userName)
    {
        var admin = await Server.ApiClientAsync("admin");
        var seed = Header + "Cisco,ASA5506*,5506-X,2021-08-02,,,2026-08-31,seed\n";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/device-lifecycle/import", new StringContent(seed, Encoding.UTF8, "text/csv"))).StatusCode);

        var api = await Server.ApiClientAsync(userName);
        var catalog = (await api.GetFromJsonAsync<List<DeviceLifecycleEntryDto>>("/api/v1/device-lifecycle"))!;
        Assert.Contains(catalog, e => e is { ModelPattern: "ASA5506*", Origin: "imported" });
        var import = await api.PostAsync("/api/v1/device-lifecycle/import?replace=true", new StringContent(Header + "Cisco,X*,,2020-01-01,,,,\n", Encoding.UTF8, "text/csv"));
        await ApiTests.AssertProblemAsync(import, HttpStatusCode.Forbidden, "device_lifecycle.administrators_only");
        var delete = await api.DeleteAsync("/api/v1/device-lifecycle?vendor=Cisco&model=ASA5506*");
        await ApiTests.AssertProblemAsync(delete, HttpStatusCode.Forbidden, "device_lifecycle.administrators_only");
        Assert.Equal(["ASA5506*"], await Server.WithSystemDbAsync(db => db.DeviceLifecycleRecords.Select(r => r.ModelPattern).ToListAsync()));

        // The page shows the catalog to everyone and the import form only to administrators.
        var browser = await Server.SignedInClientAsync(userName, TwoBranchWorld.Password);
        var page = await browser.GetStringAsync("/network-devices/lifecycle");
        Assert.Contains("ASA5506*", page, StringComparison.Ordinal);
        Assert.DoesNotContain("lifecycle-import", page, StringComparison.Ordinal);
        var adminBrowser = await Server.SignedInClientAsync("admin", TestServer.AdminPassword);
        Assert.Contains("lifecycle-import", await adminBrowser.GetStringAsync("/network-devices/lifecycle"), StringComparison.Ordinal);
    }
}
