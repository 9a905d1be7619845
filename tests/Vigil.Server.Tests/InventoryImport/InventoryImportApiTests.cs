using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>The import API end to end on a real server: template, preview, commit, re-import, errors, scope.</summary>
public sealed class InventoryImportApiTests() : TwoBranchServerTests()
{
    private const string Path = "/api/v1/inventory/import";

    private static readonly string[][] Computers =
    [
        ["A", "PC-IMP-01", "CZC4410XYZ", "4C4C4544-0042-3510-8057-B4C04F384E32", "00:1A:2B:3C:4D:5E; 00:1A:2B:3C:4D:5F", "Nguyễn Văn An", "Không", "Windows 7 Professional", "6.1.7601", "x64", "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", "4", "HDD", "500", "Bkav Endpoint", "Phòng kế toán"],
        ["A", "PC-IMP-02", "", "", "", "Trần Thị Bình", "Có", "Windows 10 Pro", "22H2", "x64", "", "8", "SSD", "256", "Không", ""],
    ];

    private static readonly string[][] Devices =
    [
        ["A", "SW-IMP-01", "Bộ chuyển mạch", "cisco", "WS-C2960-24TT-L", "FOC1234X0AB", "15.0(2)SE11", "10.10.1.2", "Phòng máy chủ", ""],
        ["a", "a-sw1", "Switch", "Cisco", "", "", "15.2(7)E4", "", "", "đã có từ trước"],
    ];

    [Fact]
    public async Task Template_FilledAndImported_PreviewFirstWritesNothing_ThenRecordsAppear()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var template = await api.GetAsync(Path + "/template.xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
        var file = Workbooks.Fill(await template.Content.ReadAsByteArrayAsync(), (InventorySheetNames.Computers, Computers), (InventorySheetNames.NetworkDevices, Devices));

        var before = await StateAsync();
        var preview = await ReadAsync(await PostAsync(api, file, "kiem-ke.xlsx", dryRun: true), HttpStatusCode.OK);
        Assert.True(preview is { DryRun: true, Committed: false });
        Assert.Equal(new InventoryImportCountsDto(2, 0, 0), preview.Computers);
        Assert.Equal(new InventoryImportCountsDto(1, 1, 0), preview.NetworkDevices);
        Assert.Equal(before, await StateAsync());

        var done = await ReadAsync(await PostAsync(api, file, "kiem-ke.xlsx"), HttpStatusCode.OK);
        Assert.True(done.Committed);
        Assert.Equal((preview.Computers, preview.NetworkDevices, preview.Sha256), (done.Computers, done.NetworkDevices, done.Sha256));

        await Server.WithSystemDbAsync(async db =>
        {
            var pc = await db.Computers.SingleAsync(c => c.Hostname == "PC-IMP-01");
            Assert.Equal((World.A.Id, "CZC4410XYZ", "Nguyễn Văn An", 4096), (pc.UnitId, pc.SerialNumber, pc.Owner, pc.RamMb!.Value));
            Assert.Equal("Windows 7", pc.OsRelease);
            Assert.True((await db.Computers.SingleAsync(c => c.Hostname == "PC-IMP-02")).IsPersonal);
            var source = await db.ComputerSources.SingleAsync(s => s.ComputerId == pc.Id);
            Assert.Equal((InventorySource.Import, "sheet:A/PC-IMP-01"), (source.Source, source.SourceKey));

            var sw = await db.NetworkDevices.SingleAsync(d => d.Hostname == "SW-IMP-01");
            Assert.Equal(("switch", "Cisco", "FOC1234X0AB", "10.10.1.2", "Phòng máy chủ", "import"), (sw.Kind, sw.Vendor, sw.SerialNumber, sw.ManagementIp, sw.Location, sw.Source));
            var existing = await db.NetworkDevices.SingleAsync(d => d.UnitId == World.A.Id && d.Hostname == "a-sw1");
            Assert.Equal(("15.2(7)E4", "đã có từ trước", "import"), (existing.SoftwareVersion, existing.Notes, existing.Source));
            var namesInA = await db.NetworkDevices.Where(d => d.UnitId == World.A.Id).Select(d => d.Hostname).ToListAsync();
            Assert.Single(namesInA, n => string.Equals(n, "A-SW1", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "inventory_imported" && a.UnitId == World.A.Id && a.EntityId == done.Sha256));
            return 0;
        });
    }

    [Fact]
    public async Task ReimportingTheSameFile_UpdatesTheSameRecords_AndChangesOnlyWhatChanged()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var template = InventoryTemplateBytes();
        var file = Workbooks.Fill(template, (InventorySheetNames.Computers, Computers), (InventorySheetNames.NetworkDevices, Devices));
        await ReadAsync(await PostAsync(api, file, "f.xlsx"), HttpStatusCode.OK);
        var afterFirst = await RowCountsAsync();

        var again = await ReadAsync(await PostAsync(api, file, "f.xlsx"), HttpStatusCode.OK);
        Assert.Equal(new InventoryImportCountsDto(0, 0, 2), again.Computers);
        Assert.Equal(new InventoryImportCountsDto(0, 0, 2), again.NetworkDevices);
        Assert.Equal(afterFirst, await RowCountsAsync());

        var upgraded = Computers.Select(r => r[1] == "PC-IMP-02" ? r.Select((v, i) => i == 11 ? "16" : v).ToArray() : r).ToArray();
        var changed = Workbooks.Fill(template, (InventorySheetNames.Computers, upgraded), (InventorySheetNames.NetworkDevices, Devices));
        var third = await ReadAsync(await PostAsync(api, changed, "f.xlsx"), HttpStatusCode.OK);
        Assert.Equal(new InventoryImportCountsDto(0, 1, 1), third.Computers);
        var (computers, sources, _, devices) = await RowCountsAsync();
        Assert.Equal((afterFirst.Computers, afterFirst.Sources, afterFirst.Devices), (computers, sources, devices));
        Assert.Equal(16384, await Server.WithSystemDbAsync(db => db.Computers.Where(c => c.Hostname == "PC-IMP-02").Select(c => c.RamMb!.Value).SingleAsync()));
    }

    [Fact]
    public async Task FileWithErrors_IsRejectedWithEveryErrorLocated_AndChangesNothing()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var bad = Computers.Append(["A", "PC-IMP-03", "", "", "00:1A:2B", "", "", "", "", "", "", "bốn", "", "", "", ""])
            .Append(["A", "pc-imp-01", "", "", "", "", "", "", "", "", "", "", "", "", "", ""]).ToArray();
        var file = Workbooks.Fill(InventoryTemplateBytes(), (InventorySheetNames.Computers, bad), (InventorySheetNames.NetworkDevices, [["A", "SW-X", "máy in", "", "", "", "", "", "", ""]]));
        var before = await StateAsync();

        var result = await ReadAsync(await PostAsync(api, file, "loi.xlsx"), HttpStatusCode.UnprocessableEntity);

        Assert.False(result.Committed);
        Assert.Equal(
            [
                ("Máy tính", 4, "E", "Địa chỉ MAC", ImportCodes.MacInvalid),
                ("Máy tính", 4, "L", "RAM (GB)", ImportCodes.NumberInvalid),
                ("Máy tính", 5, "B", "Tên máy", ImportCodes.HostnameDuplicate),
                ("Thiết bị mạng", 2, "C", "Loại", ImportCodes.DeviceKindUnknown),
            ],
            result.Errors.Select(e => (e.Sheet, e.Row, e.Column, e.Header, e.Code)));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task OfficerOfA_ImportingRowsForB_GetsRowErrors_ThatDoNotTellWhetherBExists()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var rows = new[] { Computers[0], ["A1", "PC-CHILD", .. new string[14]], [World.B.Code, "PC-B", .. new string[14]], ["NOPE", "PC-N", .. new string[14]] }
            .Select(r => r.Select(v => v ?? "").ToArray()).ToArray();
        var file = Workbooks.Fill(InventoryTemplateBytes(), (InventorySheetNames.Computers, rows));
        var before = await StateAsync();

        var result = await ReadAsync(await PostAsync(api, file, "f.xlsx"), HttpStatusCode.UnprocessableEntity);

        Assert.Equal([3, 4, 5], result.Errors.Select(e => e.Row));
        Assert.All(result.Errors, e => Assert.Equal((ImportCodes.UnitNotFoundOrNotYours, "A", "Mã đơn vị"), (e.Code, e.Column, e.Header)));
        var messages = result.Errors.Zip(new[] { "A1", World.B.Code, "NOPE" }, (e, code) => e.Message.Replace(code, "X", StringComparison.Ordinal)).Distinct();
        Assert.Single(messages);
        Assert.Equal(before, await StateAsync());

        // The coordinator of A may import for A's school.
        var coordinator = await Server.ApiClientAsync("coord.a");
        var child = Workbooks.Fill(InventoryTemplateBytes(), (InventorySheetNames.Computers, [rows[1]]));
        Assert.Equal(1, (await ReadAsync(await PostAsync(coordinator, child, "f.xlsx"), HttpStatusCode.OK)).Computers.New);
    }

    [Fact]
    public async Task Viewer_IsRefused_AndOversizeAndMacroFilesGetPreciseAnswers()
    {
        var file = Workbooks.Fill(InventoryTemplateBytes(), (InventorySheetNames.Computers, Computers));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(await Server.ApiClientAsync("viewer.a"), file, "f.xlsx")).StatusCode);

        var api = await Server.ApiClientAsync("officer.a");
        var huge = new byte[Features.InventoryImport.InventoryImportService.MaxUploadBytes + 1];
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(api, huge, "huge.csv")).StatusCode);

        var macro = XlsxReaderTests.Rezip(file, add: ("xl/vbaProject.bin", [1, 2, 3]));
        var refused = await ReadAsync(await PostAsync(api, macro, "f.xlsm"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal((ImportCodes.FileMacroEnabled, "f.xlsm", 0), (refused.Errors[0].Code, refused.Errors[0].Sheet, refused.Errors[0].Row));

        var xls = await ReadAsync(await PostAsync(api, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "old.xls"), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(ImportCodes.FileLegacyOrEncrypted, Assert.Single(xls.Errors).Code);
    }

    [Fact]
    public async Task CsvTemplates_FilledWithSemicolonsAndBom_Import()
    {
        var api = await Server.ApiClientAsync("officer.a");
        var header = Encoding.UTF8.GetString(await api.GetByteArrayAsync(Path + "/template-network-devices.csv")).TrimStart('\uFEFF').Trim();
        Assert.Equal(string.Join(",", InventoryColumns.NetworkDevices.Select(c => c.Header)), header);
        var csv = "\uFEFF" + header.Replace(',', ';') + "\r\nA;RT-CSV-01;Định tuyến;Cisco;ISR4321;FDO1;16.9.4;10.10.1.1;\"Tủ mạng; tầng 1\";\r\n";
        var result = await ReadAsync(await PostAsync(api, Encoding.UTF8.GetBytes(csv), "thiet-bi.csv"), HttpStatusCode.OK);
        Assert.Equal(new InventoryImportCountsDto(1, 0, 0), result.NetworkDevices);
        Assert.Equal("Tủ mạng; tầng 1", await Server.WithSystemDbAsync(db => db.NetworkDevices.Where(d => d.Hostname == "RT-CSV-01").Select(d => d.Location).SingleAsync()));

        var computersHeader = Encoding.UTF8.GetString(await api.GetByteArrayAsync(Path + "/template-computers.csv")).TrimStart('\uFEFF').Trim();
        var pcs = computersHeader + "\nA,PC-CSV-01,,,,,,Windows 10 Pro,,,,\"3,5\",,,,\n";
        Assert.Equal(1, (await ReadAsync(await PostAsync(api, Encoding.UTF8.GetBytes(pcs), "may.csv"), HttpStatusCode.OK)).Computers.New);
    }

    private static byte[] InventoryTemplateBytes() => Features.InventoryImport.InventoryTemplate.Xlsx();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string name, bool dryRun = false)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        return client.PostAsync(dryRun ? Path + "?dryRun=true" : Path, form);
    }

    private static async Task<InventoryImportResultDto> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await TestServer.ReadAsync<InventoryImportResultDto>(response);
    }

    /// <summary>Every row an import could write or touch, with its observed time.</summary>
    private Task<string> StateAsync() => Server.WithSystemDbAsync(async db =>
    {
        var computers = await db.Computers.AsNoTracking().OrderBy(c => c.Id).Select(c => $"{c.Id}|{c.Hostname}|{c.ObservedAt:O}").ToListAsync();
        var devices = await db.NetworkDevices.AsNoTracking().OrderBy(d => d.Id).Select(d => $"{d.Id}|{d.Hostname}|{d.SoftwareVersion}|{d.Source}|{d.ObservedAt:O}").ToListAsync();
        var counts = $"{await db.ComputerSources.CountAsync()}|{await db.ComputerChanges.CountAsync()}|{await db.ComputerIdentifiers.CountAsync()}|{await db.AuditEntries.CountAsync()}";
        return string.Join("\n", computers.Concat(devices).Append(counts));
    });

    private Task<(int Computers, int Sources, int Changes, int Devices)> RowCountsAsync() => Server.WithSystemDbAsync(async db =>
        (await db.Computers.CountAsync(), await db.ComputerSources.CountAsync(), await db.ComputerChanges.CountAsync(), await db.NetworkDevices.CountAsync()));
}
