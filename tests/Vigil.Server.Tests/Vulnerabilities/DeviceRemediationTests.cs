using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Compliance;
using Vigil.Server.Tests.Export;
using Vigil.Storage;

namespace Vigil.Server.Tests.Vulnerabilities;

/// <summary>
/// Bulletin CVEs on Cisco devices put work on the remediation board: an upgrade to the fixed release on a supported
/// ASA, a replacement on one past its end of support; the next match after the upgrade verifies the item.
/// </summary>
public class DeviceRemediationTests
{
    private static readonly string[] Nvd = ["nvd/CVE-2017-0143.json", "nvd/CVE-2017-0144.json", "nvd/CVE-2024-20353.json"];

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_vulnerable_asa_gets_an_upgrade_item_to_the_fixed_release_and_the_upgrade_verifies_it(StorageProvider provider)
    {
        await using var host = await VulnerabilityHost.StartAsync(provider);
        var a = host.World.A.Id;
        // FPR1120 is not in the lifecycle catalog (supported as far as Vigil knows); ASA5516-X is past its last day of support.
        var asa = await host.AddAsaAsync(a, "KT-ASA-FPR", "9.16(4)55", "FPR1120");
        var old = await host.AddAsaAsync(a, "KT-ASA-5516", "9.16(4)55");
        var fixedAsa = await host.AddAsaAsync(a, "KT-ASA-NEW", "9.16(4)57", "FPR1120");
        await ImportBulletinAsync(host);

        var item = Assert.Single(await ItemsAsync(host, asa));
        Assert.Equal(("vuln:CVE-2024-20353", RemediationKind.InstallPatch, RemediationStatus.Planned, a), (item.RuleId, item.Kind, item.Status, item.UnitId));
        Assert.Null(item.ComputerId);
        Assert.Contains("9.16.4.57", item.Title, StringComparison.Ordinal);
        Assert.Contains("9.16.4.57", item.Reason, StringComparison.Ordinal);
        var replace = Assert.Single(await ItemsAsync(host, old));
        Assert.Equal((RemediationKind.Replace, RemediationStatus.Planned), (replace.Kind, replace.Status));
        Assert.Empty(await ItemsAsync(host, fixedAsa));

        // The board lists the device item by hostname and model, in JSON and in the spreadsheet.
        using var officer = await host.ApiAsync("officer.a");
        var list = (await officer.GetFromJsonAsync<RemediationListDto>($"/api/v1/remediation?unitId={a}&q=KT-ASA-FPR"))!;
        var dto = Assert.Single(list.Items);
        Assert.Equal((item.Id, "KT-ASA-FPR", (Guid?)asa, (Guid?)null, RemediationAssetKinds.NetworkDevice, "Cisco FPR1120"),
            (dto.Id, dto.Hostname, dto.NetworkDeviceId, dto.ComputerId, dto.AssetKind, dto.DeviceModel));
        var detail = (await officer.GetFromJsonAsync<RemediationDetailDto>($"/api/v1/remediation/{item.Id}"))!;
        Assert.Equal("Created", Assert.Single(detail.Events).Kind);
        var file = await officer.GetAsync($"/api/v1/remediation?unitId={a}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var sheet = XlsxFile.Open(await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("KT-ASA-FPR (Cisco FPR1120)", sheet.Column("Tên máy"));
        Assert.Contains("KT-ASA-5516 (Cisco ASA5516-X)", sheet.Column("Tên máy"));

        // A person takes it on through the usual workflow and bulk actions.
        Assert.Equal(HttpStatusCode.OK, (await officer.PatchAsJsonAsync($"/api/v1/remediation/{item.Id}", new RemediationUpdateDto("Tổ mạng", null))).StatusCode);
        var bulk = await officer.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto([item.Id, replace.Id], null, "status", null, null, "InProgress", null));
        Assert.True(bulk.StatusCode == HttpStatusCode.OK, await bulk.Content.ReadAsStringAsync());

        // The ASA upgraded past the fix: the next match closes the finding and verifies the item with it as evidence.
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.Server.WithSystemDbAsync(async db =>
        {
            var device = await db.NetworkDevices.FindAsync(asa);
            (device!.SoftwareVersion, device.ObservedAt) = ("9.16(4)57", host.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
        await host.MatchAsync();
        item = Assert.Single(await ItemsAsync(host, asa));
        Assert.Equal(RemediationStatus.Verified, item.Status);
        Assert.NotNull(item.ClosedAt);
        detail = (await officer.GetFromJsonAsync<RemediationDetailDto>($"/api/v1/remediation/{item.Id}"))!;
        var verified = detail.Events[^1];
        Assert.Equal(("Verified", "evaluation"), (verified.Kind, verified.Actor));
        Assert.Equal(("KT-ASA-FPR", "Pass"), (verified.Verdict!.Hostname, verified.Verdict.Status));
        Assert.Equal(RemediationStatus.InProgress, Assert.Single(await ItemsAsync(host, old)).Status);

        // The CVE's spreadsheet fills the remediation column for the device still affected.
        var vulns = await officer.GetAsync("/api/v1/vulnerabilities/cves/CVE-2024-20353?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, vulns.StatusCode);
        var rows = XlsxFile.Open(await vulns.Content.ReadAsByteArrayAsync());
        var row = rows.Column("Tên máy").ToList().IndexOf("KT-ASA-5516");
        Assert.Equal("Đang thực hiện", XlsxFile.Text(rows.Cell(row, "Trạng thái khắc phục")!));
    }

    [Fact]
    public async Task An_officer_of_a_cannot_read_list_change_or_bulk_change_the_item_of_a_device_of_b()
    {
        await using var host = await VulnerabilityHost.StartAsync(StorageProvider.Sqlite);
        var (a, b) = (host.World.A.Id, host.World.B.Id);
        await host.AddAsaAsync(a, "KT-ASA-FPR", "9.16(4)55", "FPR1120");
        var ofB = await host.AddAsaAsync(b, TwoBranchWorld.Marker + "-ASA", "9.16(4)55", "FPR1120");
        await ImportBulletinAsync(host);
        var item = Assert.Single(await ItemsAsync(host, ofB));
        Assert.Equal(b, item.UnitId);
        var before = await StateAsync(host, item.Id);

        using var officer = await host.ApiAsync("officer.a");
        var refused = new (string Method, string Path, object? Body)[]
        {
            ("GET", $"/api/v1/remediation/{item.Id}", null),
            ("GET", $"/api/v1/remediation?unitId={b}", null),
            ("GET", $"/api/v1/remediation?unitId={b}&format=xlsx", null),
            ("PATCH", $"/api/v1/remediation/{item.Id}", new RemediationUpdateDto("x", null)),
            ("POST", $"/api/v1/remediation/{item.Id}/transition", new RemediationTransitionDto("Cancelled", "x")),
            ("POST", $"/api/v1/remediation/{item.Id}/comments", new RemediationCommentDto("x", false)),
            ("POST", $"/api/v1/remediation/{item.Id}/replacement", new ReplacementLinkDto(Guid.NewGuid(), null)),
            ("POST", "/api/v1/remediation/bulk", new RemediationBulkDto([item.Id], null, "status", null, null, "Cancelled", "x")),
            ("POST", "/api/v1/remediation/bulk", new RemediationBulkDto(null, new RemediationFilterDto(b, true, null, null, null, null, null, null, null), "assign", "x", null, null, null)),
        };
        foreach (var (method, path, body) in refused)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
            var response = await officer.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{method} {path} → {(int)response.StatusCode} {text}");
            Assert.DoesNotContain(TwoBranchWorld.Marker, text, StringComparison.OrdinalIgnoreCase);
        }

        // A's own board (and a bulk action over "everything I see") never reaches B's device item.
        var board = await officer.GetStringAsync("/api/v1/remediation?q=ASA");
        Assert.Contains("KT-ASA-FPR", board, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoBranchWorld.Marker, board, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(item.Id.ToString(), board, StringComparison.OrdinalIgnoreCase);
        var mine = await officer.PostAsJsonAsync("/api/v1/remediation/bulk", new RemediationBulkDto(null, new RemediationFilterDto(null, true, null, null, null, null, null, null, null), "assign", "A team", null, null, null));
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(before, await StateAsync(host, item.Id));

        // The province coordinator sees it.
        using var coordinator = await host.ApiAsync("coord.p");
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/api/v1/remediation/{item.Id}")).StatusCode);
    }

    private static async Task ImportBulletinAsync(VulnerabilityHost host)
    {
        await host.ImportAsync("nvd", VulnerabilityHost.Files(Nvd));
        var form = VulnerabilityHost.Files("ms17-010-bulletin.csv");
        form.Add(new StringContent("12/CB-VNCERT"), "documentNumber");
        await host.ImportAsync("bulletin", form);
        // The bulletin's match opens the items; the full pass agrees and opens no second one.
        await host.MatchAsync();
    }

    private static Task<List<RemediationItem>> ItemsAsync(VulnerabilityHost host, Guid deviceId) => host.Server.WithSystemDbAsync(db =>
        db.RemediationItems.AsNoTracking().Where(i => i.NetworkDeviceId == deviceId).OrderBy(i => i.CreatedAt).ToListAsync());

    private static Task<string> StateAsync(VulnerabilityHost host, Guid itemId) => host.Server.WithSystemDbAsync(async db =>
    {
        var i = await db.RemediationItems.AsNoTracking().SingleAsync(x => x.Id == itemId);
        var events = await db.RemediationEvents.AsNoTracking().CountAsync(e => e.ItemId == itemId);
        return $"{i.Status}|{i.Owner}|{i.DueOn}|{i.UpdatedAt:O}|{events}";
    });
}
