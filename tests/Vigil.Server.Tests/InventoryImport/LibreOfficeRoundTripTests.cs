using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.InventoryImport;
using Vigil.TestKit;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>
/// Workbooks written by LibreOffice Calc (headless, libreoffice-calc-nogui, installed by test.sh) read the same as
/// the CSV or template they came from: offices that have no Excel save their lists this way.
/// </summary>
public class LibreOfficeRoundTripTests
{
    private const string Csv = "\uFEFFMã đơn vị;Tên máy;Số serial;Địa chỉ MAC;Người sử dụng;Hệ điều hành;Kiến trúc;RAM (GB);Loại ổ đĩa;Dung lượng ổ đĩa (GB);Phần mềm diệt virus\r\n" +
        "UB-A;PC-KT-01;CZC4410XYZ;00:1A:2B:3C:4D:5E;Nguyễn Văn An;Windows 7 Professional;x64;4;HDD;500;Bkav Endpoint\r\n" +
        "UB-A;PC-KT-02;;;Trần Thị Bình;Windows 10 Pro;x64;8;SSD;256;Không\r\n";

    [Fact]
    public async Task SemicolonCsv_ConvertedByLibreOffice_ReadsLikeTheCsv()
    {
        using var dir = new TempDirectory();
        var csvPath = Path.Combine(dir.Path, "may-tinh.csv");
        await File.WriteAllTextAsync(csvPath, Csv, new UTF8Encoding(false));

        // 59 = ';', 34 = '"', 76 = UTF-8, 1 = first line.
        var xlsx = await ConvertAsync(dir.Path, csvPath, "CSV:59,34,76,1");

        var fromCsv = InventorySheetParser.Parse(InventoryCsv.Read(Encoding.UTF8.GetBytes(Csv), "may-tinh").Sheets);
        var read = XlsxReader.Read(xlsx, "may-tinh.xlsx", InventorySheetParser.MaxRows);
        Assert.True(read.IsReadable, string.Join("\n", read.Errors));
        Assert.Equal("may-tinh", Assert.Single(read.Sheets).Name);
        var fromXlsx = InventorySheetParser.Parse(read.Sheets);
        Assert.True(fromXlsx.IsValid, string.Join("\n", fromXlsx.Errors));
        Assert.Equal(fromCsv.Computers.Select(Describe), fromXlsx.Computers.Select(Describe));
    }

    [Fact]
    public async Task Template_FilledAndResavedByLibreOffice_KeepsSheetsRowsAndDropDowns()
    {
        using var dir = new TempDirectory();
        var filled = Workbooks.Fill(InventoryTemplate.Xlsx(),
            (InventorySheetNames.Computers, [["UB-A", "PC-KT-01", "CZC4410XYZ", "", "00:1A:2B:3C:4D:5E", "Nguyễn Văn An", "Không", "Windows 7 Professional", "6.1.7601", "x64", "Intel Core i3-4130", "4", "HDD", "500", "Bkav Endpoint", "Phòng kế toán"]]),
            (InventorySheetNames.NetworkDevices, [["UB-A", "SW-01", "Tường lửa", "Fortinet", "FG-60F", "FGT60F0000", "7.2.5", "10.0.0.1", "Tầng 1", ""]]));
        var original = Path.Combine(dir.Path, "kiem-ke.xlsx");
        await File.WriteAllBytesAsync(original, filled);

        var resaved = await ConvertAsync(dir.Path, original, null);

        var before = InventorySheetParser.Parse(XlsxReader.Read(filled, "a.xlsx", 100).Sheets);
        var read = XlsxReader.Read(resaved, "b.xlsx", 100);
        Assert.True(read.IsReadable, string.Join("\n", read.Errors));
        Assert.Equal([InventorySheetNames.Computers, InventorySheetNames.NetworkDevices, InventorySheetNames.Instructions], read.Sheets.Select(s => s.Name));
        var after = InventorySheetParser.Parse(read.Sheets);
        Assert.True(after.IsValid, string.Join("\n", after.Errors));
        Assert.Equal(before.Computers.Select(Describe), after.Computers.Select(Describe));
        Assert.Equal(before.NetworkDevices, after.NetworkDevices);

        using var document = SpreadsheetDocument.Open(new MemoryStream(resaved), false);
        Assert.True(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>()).Count() >= 4);
    }

    private static string Describe(ComputerSheetRow row) =>
        $"{row.Unit.Row}|{row.SourceKey}|{System.Text.Json.JsonSerializer.Serialize(row.Snapshot)}";

    /// <summary>Runs soffice with its own profile folder (instances sharing one would wait on each other's lock).</summary>
    private static async Task<byte[]> ConvertAsync(string dir, string input, string? inputFilter)
    {
        var output = Path.Combine(dir, "out");
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless" })
        {
            start.ArgumentList.Add(argument);
        }

        if (inputFilter is not null)
        {
            start.ArgumentList.Add("--infilter=" + inputFilter);
        }

        foreach (var argument in new[] { "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        var result = Path.Combine(output, Path.GetFileNameWithoutExtension(input) + ".xlsx");
        Assert.True(process.ExitCode == 0 && File.Exists(result), $"soffice exited {process.ExitCode}: {await stdout} {await stderr}");
        return await File.ReadAllBytesAsync(result);
    }
}
