using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Server.Tests.Compliance;
using Vigil.Storage;

namespace Vigil.Server.Tests.Directives;

/// <summary>
/// The XP/7 + Cisco directive end to end on SQLite and PostgreSQL: reports auto-filled from ingested data, overrides
/// with justifications, a frozen submission, reopening into a new version, late units and discrepancies.
/// </summary>
public sealed class DirectiveReportTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Directive_FromLetterToAggregatedReport(StorageProvider provider)
    {
        await using var host = await ComplianceHost.StartAsync(provider);
        var w = host.World;
        var win7 = await host.ReportWindows7ByOcsAsync();
        await host.EvaluateAsync();

        var directive = await DirectiveHost.CreateAsync(host, w.Province.Id, "xp7-cisco", host.Local(3));
        Assert.Equal("V/v rà soát, khắc phục máy tính sử dụng hệ điều hành Windows XP, Windows 7 và cập nhật phần mềm thiết bị mạng Cisco", directive.Subject);
        Assert.Equal(6, directive.Figures.Count);
        Assert.Equal(host.Local(3).ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), directive.DeadlineUtc);
        var reports = await host.Server.WithSystemDbAsync(db => db.UnitReports.AsNoTracking().Where(r => r.DirectiveId == directive.Id).ToListAsync());
        Assert.Equal([(w.Province.Id, false), (w.A.Id, true), (w.B.Id, true)], reports.OrderBy(r => r.CoversSubtree).ThenBy(r => r.UnitId == w.B.Id).Select(r => (r.UnitId, r.CoversSubtree)));

        // Auto-filled from live data: A's Windows 7 PCs (the OCS one and the sheet's), B's Cisco switch with its verified update.
        var expectedXp7 = await host.Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => (c.UnitId == w.A.Id || c.UnitId == w.A1.Id) && c.RetiredAt == null && (c.OsRelease == "Windows 7" || c.OsRelease == "Windows XP")));
        Assert.True(expectedXp7 >= 1);
        Assert.Contains(win7, await host.Server.WithSystemDbAsync(db => db.Computers.Where(c => c.OsRelease == "Windows 7").Select(c => c.Id).ToListAsync()));
        var a = await DirectiveHost.ReportAsync(host, directive.Id, w.A.Id, "officer.a");
        Assert.Equal("NotStarted", a.Status);
        Assert.Equal(expectedXp7, a.Figure("xp7-computers"));
        var ciscoOfA = await host.Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync(d => (d.UnitId == w.A.Id || d.UnitId == w.A1.Id) && d.Vendor == "Cisco"));
        Assert.Equal(ciscoOfA, a.Figure("cisco-devices"));
        var b = await DirectiveHost.ReportAsync(host, directive.Id, w.B.Id, "coord.p");
        var ciscoOfB = await host.Server.WithSystemDbAsync(db => db.NetworkDevices.CountAsync(d => (d.UnitId == w.B.Id || d.UnitId == w.B1.Id) && d.Vendor == "Cisco"));
        Assert.True(ciscoOfB >= 1);
        Assert.Equal(ciscoOfB, b.Figure("cisco-devices"));
        // A verified update observed during the period counts; the seeded one (observed at the real clock's time) may not.
        var from = host.Local(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
        var updatedBefore = await host.Server.WithSystemDbAsync(db => db.FirmwareUpdateEvents.Where(e => e.UnitId == w.B.Id && e.ObservedAt >= from && e.ObservedAt <= host.Clock.GetUtcNow().UtcDateTime).Select(e => e.DeviceId).Distinct().CountAsync());
        Assert.Equal(updatedBefore, b.Figure("cisco-updated"));
        Assert.Equal(0, b.Figure("xp7-computers") - (await host.Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.UnitId == w.B1.Id && c.OsRelease == "Windows 7" && c.RetiredAt == null))));

        // An override needs a justification; with one, both values are kept.
        var path = $"/api/v1/directives/{directive.Id}/reports/{w.A.Id}";
        var refused = await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Put, path, new ReportWriteDto([new FigureEntryDto("xp7-computers", expectedXp7 + 2, null)], null));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("report.justification_required", await refused.Content.ReadAsStringAsync());
        var saved = await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Put, path,
            new ReportWriteDto([new FigureEntryDto("xp7-computers", expectedXp7 + 2, "Hai máy cá nhân chưa kiểm kê")], "Đã rà soát toàn bộ"));
        var draft = await TestServer.ReadAsync<UnitReportDto>(saved);
        Assert.Equal("Draft", draft.Status);
        var overridden = Assert.Single(draft.Figures, f => f.Key == "xp7-computers");
        Assert.Equal((expectedXp7, expectedXp7 + 2, "Hai máy cá nhân chưa kiểm kê"), (overridden.Measured, overridden.Reported, overridden.Justification));

        // Submission freezes the figures: a new Windows 7 PC afterwards changes the measurement, not the report.
        var submitted = await TestServer.ReadAsync<UnitReportDto>(await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Post, path + "/submit", new ReportWriteDto(null, null)));
        Assert.Equal(("Submitted", 1), (submitted.Status, submitted.Version));
        await host.Server.WithSystemDbAsync(async db =>
        {
            db.Computers.Add(new Computer
            {
                Id = Guid.NewGuid(), UnitId = w.A1.Id, Hostname = "A1-WIN7-NEW", OsFamily = OsFamily.Windows, OsRelease = "Windows 7", Source = "import",
                ObservedAt = host.Clock.GetUtcNow().UtcDateTime, FirstSeenAt = host.Clock.GetUtcNow().UtcDateTime,
            });
            return await db.SaveChangesAsync();
        });
        var frozen = await DirectiveHost.ReportAsync(host, directive.Id, w.A.Id, "officer.a");
        Assert.Equal(expectedXp7 + 2, frozen.Figure("xp7-computers"));
        Assert.Equal(expectedXp7, Assert.Single(frozen.Figures, f => f.Key == "xp7-computers").Measured);
        var resubmit = await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Post, path + "/submit", new ReportWriteDto(null, null));
        Assert.Equal(HttpStatusCode.Conflict, resubmit.StatusCode);

        // The aggregated report sums submitted values and flags where they differ from today's measurement.
        using var coordinator = await host.ApiAsync("coord.p");
        var aggregate = (await coordinator.GetFromJsonAsync<AggregatedReportDto>($"/api/v1/directives/{directive.Id}/aggregate"))!;
        var column = aggregate.Figures.FindIndex(f => f.Key == "xp7-computers");
        var rowA = Assert.Single(aggregate.Rows, r => r.UnitId == w.A.Id);
        Assert.Equal(expectedXp7 + 2, rowA.Values[column]);
        Assert.Equal(expectedXp7 + 1, rowA.Measured[column]);
        Assert.True(rowA.Discrepant[column]);
        Assert.Equal(expectedXp7 + 2, aggregate.Totals[column]);
        Assert.Equal(1, aggregate.Submitted);
        Assert.Null(Assert.Single(aggregate.Rows, r => r.UnitId == w.B.Id).Values[column]);

        // Drill-down from a figure to the units and then to the devices behind it.
        var drill = (await coordinator.GetFromJsonAsync<FigureDrillDownDto>($"/api/v1/directives/{directive.Id}/figures/cisco-devices?unitId={w.B.Id}"))!;
        Assert.Equal(ciscoOfB, Assert.Single(drill.Units, u => u.UnitId == w.B.Id).Measured);
        Assert.Equal(ciscoOfB, drill.Items.Count);
        Assert.Contains(drill.Items, i => i.Name == TwoBranchWorld.Marker + "-SW1" && i.Kind == "device");

        // Only a coordinator reopens; the unit then submits a second version and the first stays as it was.
        Assert.Equal(HttpStatusCode.Forbidden, (await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Post, path + "/reopen", new ReportReopenDto("x"))).StatusCode);
        var reopened = await TestServer.ReadAsync<UnitReportDto>(await DirectiveHost.SendAsync(host, "coord.p", HttpMethod.Post, path + "/reopen", new ReportReopenDto("Thiếu máy của trường A1")));
        Assert.Equal("Reopened", reopened.Status);
        var second = await TestServer.ReadAsync<UnitReportDto>(await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Post, path + "/submit",
            new ReportWriteDto([new FigureEntryDto("xp7-computers", expectedXp7 + 3, "Thêm máy A1-WIN7-NEW và hai máy cá nhân")], null)));
        Assert.Equal(2, second.Version);
        Assert.Equal([2, 1], second.Versions.Select(v => v.Version));
        Assert.Equal(expectedXp7 + 2, Assert.Single(second.Versions[1].Figures, f => f.Key == "xp7-computers").Value);
        Assert.Equal("Thiếu máy của trường A1", second.Versions[1].ReopenReason);

        // Audit: submissions, the override and the reopening are recorded.
        var actions = await host.Server.WithSystemDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "UnitReport" && e.Action.StartsWith("report.")).Select(e => e.Action).ToListAsync());
        Assert.Equal(2, actions.Count(x => x == "report.submitted"));
        Assert.Contains("report.override", actions);
        Assert.Contains("report.reopened", actions);

        // Late: B and the province's own report are not submitted when the deadline passes.
        var board = (await coordinator.GetFromJsonAsync<DirectiveBoardDto>($"/api/v1/directives/{directive.Id}/board"))!;
        Assert.Equal(0, board.Counts["Late"]);
        Assert.True(board.SecondsToDeadline > 0);
        host.Clock.Advance(directive.DeadlineUtc - host.Clock.GetUtcNow().UtcDateTime);
        using var later = await host.ApiAsync("coord.p");
        var atDeadline = await later.GetAsync($"/api/v1/directives/{directive.Id}/board");
        Assert.True(atDeadline.IsSuccessStatusCode, $"{(int)atDeadline.StatusCode} {await atDeadline.Content.ReadAsStringAsync()}");
        board = await TestServer.ReadAsync<DirectiveBoardDto>(atDeadline);
        Assert.Equal(0, board.SecondsToDeadline);
        Assert.Equal(("Submitted", "Late", "Late"), (board.Rows.Single(r => r.UnitId == w.A.Id).Status, board.Rows.Single(r => r.UnitId == w.B.Id).Status, board.Rows.Single(r => r.UnitId == w.Province.Id).Status));
        Assert.Equal(2, board.Counts["Late"]);

        var xlsx = await later.GetAsync($"/api/v1/directives/{directive.Id}/aggregate?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var book = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheets = book.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Tổng hợp", "xp7-computers", "xp7-upgraded", "xp7-replaced", "cisco-devices", "cisco-updated", "anti-malware"], sheets.Select(x => x.Name!.Value!));
        var summary = ((WorksheetPart)book.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(1 + 3 + 1, summary.Count); // header, three units, totals
        var totals = summary[^1].Elements<Cell>().ToList();
        Assert.Equal("Tổng cộng", totals.Single(c => c.CellReference == "B5").InnerText);
        Assert.Equal((expectedXp7 + 3).ToString(System.Globalization.CultureInfo.InvariantCulture), totals.Single(c => c.CellReference == "F5").CellValue!.Text);
        var devices = ((WorksheetPart)book.WorkbookPart.GetPartById(sheets[4].Id!)).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(1 + ciscoOfA + ciscoOfB, devices.Count);
    }
}
