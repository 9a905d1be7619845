using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Indicators;

namespace Vigil.Server.Tests.Alerts;

public class AlertTests : TwoBranchServerTests
{
    [Fact]
    public async Task An_upload_is_hunted_with_the_units_indicators_and_hits_aggregate_into_alerts_linked_to_the_computer()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\nc2-wannacry-test.top\n");

        var asa = await AlertHost.UploadAsync(api, World.A.Id, "asa-2024-06-02.log", AlertHost.AsaLog);
        Assert.Equal(("CiscoAsa", 3L, 2L, 1, 0), (asa.Format, asa.Lines, asa.Hits, asa.AlertsCreated, asa.AlertsUpdated));
        var dns = await AlertHost.UploadAsync(api, World.A.Id, "dns.log.gz", "client 10.9.0.77 asked c2-wannacry-test.top\nclient 10.9.0.78 asked vnexpress.net", gzip: true);
        Assert.Equal((2L, 1L, 1), (dns.Lines, dns.Hits, dns.AlertsCreated));

        var page = await AlertHost.AlertsAsync(api, $"?unitId={World.A.Id}");
        Assert.Equal(2, page.Total);
        var ip = Assert.Single(page.Items, a => a.Indicator == "185.220.101.1");
        Assert.Equal((2L, World.ComputerOfA, "A-PC7", "10.9.0.1", "Block", "New"), (ip.Count, ip.ComputerId!.Value, ip.ComputerName, ip.Address, ip.Action, ip.Status));
        Assert.Equal(("asa-2024-06-02.log", 3L), (ip.LastFile, ip.LastLine));
        Assert.Single(page.Items, a => a.Indicator == "c2-wannacry-test.top" && a.ComputerId == null);

        // The same hits again (a second copy of the log) count again; the same log hunted again does not.
        var again = await AlertHost.UploadAsync(api, World.A.Id, "asa-copy.log", AlertHost.AsaLog);
        Assert.Equal((0, 1), (again.AlertsCreated, again.AlertsUpdated));
        await AlertHost.RehuntAsync(Server);
        Assert.Equal(4, (await AlertHost.AlertsAsync(api, "?indicator=185.220")).Items.Single().Count);

        var detail = await IndicatorHost.OkAsync<AlertDetailDto>(await api.GetAsync($"/api/v1/alerts/{ip.Id}"));
        Assert.Equal(4, detail.Samples.Count);
        Assert.All(detail.Samples, s => Assert.Equal(("message", "185.220.101.1"), (s.Field, s.Value)));
        Assert.Equal(["Jun  2 08:30:01 fw01", "Jun  2 08:31:05 fw01"], detail.Samples.Take(2).Select(s => s.LineTime));

        var filtered = await AlertHost.AlertsAsync(api, $"?computerId={World.ComputerOfA}&status=New&action=Block");
        Assert.Equal(ip.Id, Assert.Single(filtered.Items).Id);
    }

    [Fact]
    public async Task A_changed_indicator_set_re_hunts_retained_logs_and_creates_alerts_for_new_hits_only()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "asa.log", AlertHost.AsaLog);
        await AlertHost.RehuntAsync(Server);
        Assert.Equal(2, (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items.Single().Count);

        // A new indicator arrives: the retained log is hunted again, the old alert keeps its count.
        await IndicatorHost.ImportAsync(api, World.A.Id, "11.2.3.45\n");
        await AlertHost.RehuntAsync(Server);
        var page = await AlertHost.AlertsAsync(api);
        Assert.Equal(2, page.Items.Single(a => a.Indicator == "185.220.101.1").Count);
        var fresh = page.Items.Single(a => a.Indicator == "11.2.3.45");
        Assert.Equal((1L, "10.1.2.51", 2L), (fresh.Count, fresh.Address, fresh.LastLine));
    }

    [Fact]
    public async Task Alerts_are_acknowledged_and_closed_with_who_and_when_audited_and_a_new_hit_opens_them_again()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "asa.log", AlertHost.AsaLog);
        var alert = (await AlertHost.AlertsAsync(api)).Items.Single(a => a.UnitId == World.A.Id);

        var viewer = await Server.ApiClientAsync(World.ViewerA.UserName);
        AlertHost.AssertStatus(await viewer.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/acknowledge", new { note = "x" }), HttpStatusCode.Forbidden);

        var acknowledged = await IndicatorHost.OkAsync<AlertDetailDto>(await api.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/acknowledge", new { note = "Đang kiểm tra máy A-PC7" }));
        Assert.Equal(("Acknowledged", "officer.a", "Đang kiểm tra máy A-PC7"), (acknowledged.Alert.Status, acknowledged.AcknowledgedBy, acknowledged.Note));
        var closed = await IndicatorHost.OkAsync<AlertDetailDto>(await api.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/close", new { note = "Đã chặn trên tường lửa" }));
        Assert.Equal(("Closed", "officer.a"), (closed.Alert.Status, closed.ClosedBy));
        Assert.NotNull(closed.ClosedAt);
        AlertHost.AssertStatus(await api.PostAsJsonAsync($"/api/v1/alerts/{alert.Id}/acknowledge", new { }), HttpStatusCode.Conflict);

        var audited = await Server.WithSystemDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityId == alert.Id.ToString()).Select(e => e.ActorName).ToListAsync());
        Assert.Equal(["officer.a", "officer.a"], audited);

        await AlertHost.UploadAsync(api, World.A.Id, "asa-next.log", AlertHost.AsaLog);
        Assert.Equal("New", (await AlertHost.AlertsAsync(api, $"?unitId={World.A.Id}")).Items.Single().Status);
    }

    [Fact]
    public async Task Unit_A_can_neither_see_nor_change_the_alerts_and_logs_of_unit_B_by_any_route()
    {
        foreach (var user in new[] { World.OfficerA, World.CoordinatorA, World.ViewerA })
        {
            var api = await Server.ApiClientAsync(user.UserName);
            foreach (var path in new[] { $"/api/v1/alerts/{World.AlertOfB}", $"/api/v1/logs/{World.LogOfB}" })
            {
                AlertHost.AssertStatus(await api.GetAsync(path), HttpStatusCode.NotFound);
            }

            AlertHost.AssertStatus(await api.PostAsJsonAsync($"/api/v1/alerts/{World.AlertOfB}/acknowledge", new { note = "x" }), HttpStatusCode.NotFound);
            AlertHost.AssertStatus(await api.PostAsJsonAsync($"/api/v1/alerts/{World.AlertOfB}/close", new { note = "x" }), HttpStatusCode.NotFound);
            AlertHost.AssertStatus(await api.PostAsync($"/api/v1/logs?unit={World.B.Id}", new StringContent("185.220.101.1")), HttpStatusCode.NotFound);
            AlertHost.AssertStatus(await api.GetAsync($"/api/v1/alerts?unitId={World.B.Id}"), HttpStatusCode.NotFound);
            foreach (var path in new[] { "/api/v1/alerts", "/api/v1/logs", $"/api/v1/logs?unit={World.B.Id}", $"/api/v1/alerts?indicator={TwoBranchWorld.Marker}" })
            {
                var body = await (await api.GetAsync(path)).Content.ReadAsStringAsync();
                Assert.DoesNotContain(TwoBranchWorld.Marker, body, StringComparison.OrdinalIgnoreCase);
            }
        }

        var coordinator = await Server.ApiClientAsync(World.CoordinatorP.UserName);
        var all = await AlertHost.AlertsAsync(coordinator, $"?unitId={World.B.Id}");
        Assert.Equal(World.AlertOfB, Assert.Single(all.Items).Id);
        var logs = await IndicatorHost.OkAsync<List<RetainedLogDto>>(await coordinator.GetAsync("/api/v1/logs"));
        Assert.Contains(logs, l => l.Id == World.LogOfB);
    }

    [Fact]
    public async Task Uploads_over_the_limit_or_with_broken_gzip_are_refused_and_leave_nothing_behind()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        var broken = new ByteArrayContent([0x1f, 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        var response = await api.PostAsync($"/api/v1/logs?unit={World.A.Id}&name=broken.gz", broken);
        Assert.Equal("log.bad_gzip", await IndicatorHost.ErrorCodeAsync(response));
        Assert.Equal(0, await Server.WithSystemDbAsync(db => db.RetainedLogs.CountAsync(l => l.UnitId == World.A.Id)));
        var folder = Path.Combine(Server.DataDirectory, "logs", World.A.Id.ToString());
        Assert.True(!Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Retention_deletes_old_logs_with_their_files_and_hit_records_and_keeps_the_alerts()
    {
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        var upload = await AlertHost.UploadAsync(api, World.A.Id, "asa.log", AlertHost.AsaLog);
        var stored = await Server.WithSystemDbAsync(db => db.RetainedLogs.AsNoTracking().Where(l => l.Id == upload.LogId).Select(l => l.StoredPath).SingleAsync());
        var path = Path.Combine(Server.DataDirectory, "logs", stored);
        Assert.True(File.Exists(path));

        await AlertHost.RunJobAsync(Server, "logs-retention", DateTime.UtcNow.AddDays(89));
        Assert.True(File.Exists(path));
        await AlertHost.RunJobAsync(Server, "logs-retention", DateTime.UtcNow.AddDays(91));

        Assert.False(File.Exists(path));
        Assert.Equal((0, 0), await Server.WithSystemDbAsync(async db =>
            (await db.RetainedLogs.CountAsync(l => l.Id == upload.LogId), await db.AlertHits.CountAsync(h => h.LogId == upload.LogId))));
        Assert.Equal(2, (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items.Single().Count);
        AlertHost.AssertStatus(await api.GetAsync($"/api/v1/logs/{upload.LogId}"), HttpStatusCode.NotFound);
    }
}
