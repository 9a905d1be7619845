using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Vigil.Server.Features.Export;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Export;

/// <summary>The generic writer: typed cells, rows read batch by batch, text cleaned for XML, and LibreOffice reading it back.</summary>
public sealed class XlsxWriterTests
{
    private sealed record Row(int Number, string Name, double Ram, double Share, DateOnly Due, DateTime SeenUtc, string? Note);

    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static readonly XlsxColumn<Row>[] Columns =
    [
        new("Số", 8, r => XlsxValue.Of(r.Number)),
        new("Tên máy", 20, r => XlsxValue.Of(r.Name)),
        new("RAM (GB)", 10, r => XlsxValue.Of(r.Ram)),
        new("Tỉ lệ", 10, r => XlsxValue.Share(r.Share)),
        new("Hạn", 12, r => XlsxValue.Of(r.Due)),
        new("Lần báo cáo", 18, r => XlsxValue.At(r.SeenUtc, Hanoi)),
        new("Ghi chú", 30, r => XlsxValue.Of(r.Note)),
    ];

    [Fact]
    public async Task ManyRows_ReadInBatches_AreWrittenInOrder_WithTypedCells()
    {
        var batches = 0;
        var rows = ExportPaging.Batches((skip, take, _) =>
        {
            batches++;
            return Task.FromResult(Enumerable.Range(skip, Math.Max(0, Math.Min(take, 2500 - skip))).Select(Make).ToList());
        }, CancellationToken.None);
        using var stream = new MemoryStream();
        var count = await XlsxWriter.WriteAsync(stream, "Danh sách: máy/tính [2026]", Columns, rows, CancellationToken.None);

        Assert.Equal((2500, 3), (count, batches));
        var file = XlsxFile.Open(stream.ToArray());
        Assert.Equal("Danh sách máytính 2026", file.SheetName);
        Assert.Equal(Columns.Select(c => c.Header), file.Headers);
        Assert.Equal(2500, file.DataRows);
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => $"PC-{i:D4}"), file.Column("Tên máy"));

        var number = file.Cell(1234, "Số")!;
        Assert.Equal(("1234", "#,##0"), (XlsxFile.Text(number), file.FormatOf(number)));
        var ram = file.Cell(3, "RAM (GB)")!;
        Assert.Equal((3.5, "#,##0.00"), (double.Parse(XlsxFile.Text(ram), CultureInfo.InvariantCulture), file.FormatOf(ram)));
        Assert.Equal("0.00%", file.FormatOf(file.Cell(3, "Tỉ lệ")!));
        var due = file.Cell(3, "Hạn")!;
        Assert.Equal((new DateTime(2026, 5, 26), "dd/mm/yyyy"), (DateTime.FromOADate(double.Parse(XlsxFile.Text(due), CultureInfo.InvariantCulture)), file.FormatOf(due)));
        // 23:30 UTC is 06:30 the next morning in Hanoi.
        var seen = file.Cell(3, "Lần báo cáo")!;
        Assert.Equal(new DateTime(2026, 5, 24, 6, 30, 0), DateTime.FromOADate(double.Parse(XlsxFile.Text(seen), CultureInfo.InvariantCulture)), TimeSpan.FromSeconds(1));
        Assert.Equal("dd/mm/yyyy hh:mm", file.FormatOf(seen));
        // Empty values leave the cell out; control characters are dropped, not written as invalid XML.
        Assert.Null(file.Cell(0, "Ghi chú"));
        Assert.Equal("ghi chú\tsố 1", XlsxFile.Text(file.Cell(1, "Ghi chú")!));
        Assert.Equal(CellValues.InlineString, file.Cell(2, "Ghi chú")!.DataType!.Value);
        Assert.Equal("=1+1", XlsxFile.Text(file.Cell(2, "Ghi chú")!));
    }

    [Fact]
    public async Task LibreOffice_ConvertsAnExportToCsv_WithTheHeadersValuesAndDates()
    {
        using var dir = new TempDirectory();
        var xlsx = Path.Combine(dir.Path, "khac-phuc.xlsx");
        await using (var file = File.Create(xlsx))
        {
            await XlsxWriter.WriteAsync(file, "Việc khắc phục", Columns, ToAsync(Enumerable.Range(0, 4).Select(Make)), CancellationToken.None);
        }

        var csv = await ConvertToCsvAsync(dir.Path, xlsx);
        var lines = csv.Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("Số,Tên máy,RAM (GB),Tỉ lệ,Hạn,Lần báo cáo,Ghi chú", lines[0]);
        Assert.StartsWith("3,PC-0003,3.50,75.00%,26/05/2026,24/05/2026 06:30,", lines[4], StringComparison.Ordinal);
        Assert.Equal("=1+1", lines[3].Split(',')[^1]);
    }

    private static Row Make(int i) => new(
        i, $"PC-{i:D4}", 2 + (i * 0.5), i / 4.0, new DateOnly(2026, 5, 23).AddDays(i), new DateTime(2026, 5, 20, 23, 30, 0, DateTimeKind.Utc).AddDays(i),
        (i % 3) switch { 0 => null, 1 => "ghi chú\u0001\tsố 1", _ => "=1+1" });

    private static async IAsyncEnumerable<Row> ToAsync(IEnumerable<Row> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    /// <summary>soffice with its own profile; 44 = ',', 34 = '"', 76 = UTF-8, and cells as shown ("formatted").</summary>
    private static async Task<string> ConvertToCsvAsync(string dir, string input)
    {
        var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-env:UserInstallation=file://" + Path.Combine(dir, "profile"), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true",
            "--outdir", Path.Combine(dir, "out"), input,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hung process, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(guard.Token);
        var result = Path.Combine(dir, "out", Path.GetFileNameWithoutExtension(input) + ".csv");
        Assert.True(process.ExitCode == 0 && File.Exists(result), $"soffice exited {process.ExitCode}: {await stdout} {await stderr}");
        return await File.ReadAllTextAsync(result, Encoding.UTF8);
    }
}
