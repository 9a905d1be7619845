using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Export;
using Vigil.Server.Features.InventoryImport;

namespace Vigil.Server.Tests.Export;

/// <summary>
/// The list exports through the API and the pages: real .xlsx files with Vietnamese headers, typed cells, a frozen
/// header and an autofilter, exactly the rows of the list — and never a row the caller may not read.
/// </summary>
public sealed class XlsxExportTests() : TwoBranchServerTests()
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task InventoryExport_OfficerOfA_HasTheListsRows_TypedCells_AndNothingOfB()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var list = await api.GetFromJsonAsync<ComputerListDto>("/api/v1/computers", Json);
        var file = await DownloadAsync(api, "/api/v1/computers?format=xlsx");

        Assert.Equal("Máy tính", file.SheetName);
        Assert.Equal(
            ["Tên máy", "Mã đơn vị", "Đơn vị", "Hệ điều hành", "Tên đầy đủ của hệ điều hành", "Hết hỗ trợ", "Bộ xử lý", "RAM (GB)", "SSD lớn nhất (GB)", "Ổ đĩa",
             "Người sử dụng", "Máy cá nhân dùng cho công việc", "Nguồn dữ liệu", "Lần báo cáo gần nhất", "Dữ liệu cũ", "Xung đột chưa xử lý"],
            file.Headers);
        Assert.Equal(list!.Total, file.DataRows);
        Assert.Equal(list.Items.Select(c => c.Hostname).Order(StringComparer.Ordinal), file.Column("Tên máy").Order(StringComparer.Ordinal));
        Assert.All(file.Column("Mã đơn vị"), code => Assert.Equal("A", code));
        Assert.False(file.AllText(t => t.Contains(TwoBranchWorld.Marker, StringComparison.OrdinalIgnoreCase)));

        // The last report is a date-time serial in the province's zone; the conflict count a number.
        var pc7 = file.Column("Tên máy").ToList().IndexOf("A-PC7");
        var seen = file.Cell(pc7, "Lần báo cáo gần nhất")!;
        Assert.Null(seen.DataType);
        Assert.Equal("dd/mm/yyyy hh:mm", file.FormatOf(seen));
        var expected = list.Items.Single(c => c.Hostname == "A-PC7").ObservedAt;
        var local = TimeZoneInfo.ConvertTimeFromUtc(expected, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        Assert.Equal(local, DateTime.FromOADate(double.Parse(XlsxFile.Text(seen), CultureInfo.InvariantCulture)), TimeSpan.FromSeconds(1));
        var conflicts = file.Cell(pc7, "Xung đột chưa xử lý")!;
        Assert.Equal(("1", "#,##0"), (XlsxFile.Text(conflicts), file.FormatOf(conflicts)));

        // Header frozen, autofilter over the whole table.
        var pane = file.Worksheet.Descendants<Pane>().Single();
        Assert.Equal((1d, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value!, pane.State!.Value));
        Assert.Equal($"A1:P{file.DataRows + 1}", file.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal($"'Máy tính'!$A$1:$P${file.DataRows + 1}", file.FilterDatabase);
    }

    [Fact]
    public async Task Exports_FollowTheFilters_AndTheCoordinatorOfTheProvinceSeesB()
    {
        var province = await Server.ApiClientAsync("coord.p");
        var all = await DownloadAsync(province, "/api/v1/computers?format=xlsx");
        Assert.Contains(all.Column("Tên máy"), h => h.StartsWith(TwoBranchWorld.Marker, StringComparison.Ordinal));

        var unitA = await DownloadAsync(province, $"/api/v1/computers?format=xlsx&unitId={World.A.Id}&subtree=false&q=PC7");
        Assert.Equal(["A-PC7"], unitA.Column("Tên máy"));

        var items = await province.GetFromJsonAsync<RemediationListDto>($"/api/v1/remediation?unitId={World.B.Id}", Json);
        var itemsFile = await DownloadAsync(province, $"/api/v1/remediation?unitId={World.B.Id}&format=xlsx");
        Assert.Equal(items!.Total, itemsFile.DataRows);
        Assert.Contains(TwoBranchWorld.Marker + " owner", itemsFile.Column("Người phụ trách"));
        var due = itemsFile.Cell(itemsFile.Column("Người phụ trách").ToList().IndexOf(TwoBranchWorld.Marker + " owner"), "Hạn")!;
        Assert.Equal("dd/mm/yyyy", itemsFile.FormatOf(due));
        var seeded = await Server.WithSystemDbAsync(db => db.RemediationItems.Where(i => i.Id == World.RemediationItemOfB).Select(i => i.DueOn).SingleAsync());
        Assert.Equal(seeded!.Value.ToDateTime(TimeOnly.MinValue), DateTime.FromOADate(double.Parse(XlsxFile.Text(due), CultureInfo.InvariantCulture)));

        var bad = await province.GetAsync("/api/v1/computers?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("export.format_invalid", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("officer.a")]
    [InlineData("coord.a")]
    [InlineData("viewer.a")]
    public async Task EveryExport_OfACallerOfA_HasNoRowOfB(string userName)
    {
        var api = await Server.ApiClientAsync(userName);
        var browser = await Server.SignedInClientAsync(userName, TwoBranchWorld.Password);
        foreach (var (path, client) in new[]
        {
            ("/api/v1/computers?format=xlsx", api), ("/api/v1/compliance/results?format=xlsx", api), ("/api/v1/remediation?format=xlsx", api),
            ("/inventory?format=xlsx", browser), ("/compliance/results?format=xlsx", browser), ("/remediation?format=xlsx", browser),
            ($"/api/v1/remediation?format=xlsx&unitId={World.B.Id}", api),
        })
        {
            var response = await client.GetAsync(path);
            if (path.Contains(World.B.Id.ToString(), StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                continue;
            }

            Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
            var file = XlsxFile.Open(await response.Content.ReadAsByteArrayAsync());
            Assert.False(file.AllText(t => t.Contains(TwoBranchWorld.Marker, StringComparison.OrdinalIgnoreCase)), $"{userName} {path} shows unit B");
        }
    }

    [Fact]
    public async Task ResultsExport_MatchesTheResultsList_AndTheRepositorysReaderReadsIt()
    {
        var api = await Server.ApiClientAsync("coord.a");
        var list = await api.GetFromJsonAsync<ComplianceResultListDto>("/api/v1/compliance/results?ruleId=supported-os", Json);
        Assert.True(list!.Total > 0);
        var response = await api.GetAsync("/api/v1/compliance/results?ruleId=supported-os&format=xlsx");
        Assert.Matches("^attachment; filename=tuan-thu-\\d{8}\\.xlsx", response.Content.Headers.ContentDisposition!.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();

        var read = XlsxReader.Read(bytes, "tuan-thu.xlsx", 1000);
        Assert.True(read.IsReadable, string.Join("\n", read.Errors));
        var rows = Assert.Single(read.Sheets).Rows;
        Assert.Equal("Tên máy", rows[0].CellText(0));
        Assert.Equal(list.Total, rows.Count - 1);
        Assert.Equal(list.Items.Select(i => i.Hostname), rows.Skip(1).Select(r => r.CellText(0)));
        var status = rows[0].Cells.First(c => c.Text == "Kết quả").Column;
        Assert.All(rows.Skip(1), r => Assert.Contains(r.CellText(status), new[] { "Đạt", "Không đạt", "Chưa rõ", "Không áp dụng" }));
        var observed = rows[0].Cells.First(c => c.Text == "Thời điểm dữ liệu").Column;
        Assert.All(rows.Skip(1), r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?$", r.CellText(observed)));
    }

    private static async Task<XlsxFile> DownloadAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(XlsxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        return XlsxFile.Open(await response.Content.ReadAsByteArrayAsync());
    }
}
