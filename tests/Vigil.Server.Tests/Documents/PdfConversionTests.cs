using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigil.Domain.Common;
using Vigil.Domain.Documents;
using Vigil.Server.Features.Documents;

namespace Vigil.Server.Tests.Documents;

/// <summary>
/// The documents through the real LibreOffice (libreoffice-writer-nogui, installed by test.sh) and read back with
/// poppler-utils: A4 pages, the decree's header and closing, the figures and the Vietnamese text intact.
/// </summary>
public sealed class PdfConversionTests : IDisposable
{
    private readonly AdministrativeDocxWriter writer = new();
    private readonly PdfConverter converter = Converter(new PdfConversionOptions());

    public void Dispose() => converter.Dispose();

    [Fact]
    public async Task Report_and_letter_convert_at_the_same_time_to_A4_PDFs_with_their_text()
    {
        // Both at once: each conversion has its own LibreOffice profile, so neither waits on the other's lock.
        var pdfs = await Task.WhenAll(PdfAsync(SampleDocuments.Report()), PdfAsync(SampleDocuments.Letter()));

        foreach (var pdf in pdfs)
        {
            var (pages, width, height) = await PdfTools.InfoAsync(pdf);
            Assert.Equal(1, pages);
            Assert.Equal(595, width, 0);
            Assert.Equal(842, height, 0);
        }

        // Times New Roman, or its metric twin Liberation Serif (fonts-liberation2, which has the Vietnamese letters) where
        // the real one is not installed — no glyph fell back to another family.
        Assert.All(await PdfTools.FontsAsync(pdfs[0]), font => Assert.True(
            font.StartsWith("TimesNewRoman", StringComparison.Ordinal) || font.StartsWith("LiberationSerif", StringComparison.Ordinal),
            $"the PDF uses {font}; install fonts-liberation2 (test.sh does)"));

        var report = PdfTools.Flatten(await PdfTools.TextAsync(pdfs[0], layout: false));
        foreach (var expected in new[]
        {
            "UBND HUYỆN BẢO THẮNG", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 45/BC-VHTT", "Bảo Thắng, ngày 23 tháng 5 năm 2024", "BÁO CÁO", "Kết quả rà soát, nâng cấp máy tính và thiết bị mạng",
            "Kính gửi: Ủy ban nhân dân huyện Bảo Thắng", "I. KẾT QUẢ RÀ SOÁT", "Trung tâm Y tế huyện", "Tổng cộng",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, VHTT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Thị Hằng",
        })
        {
            Assert.True(report.Contains(expected, StringComparison.Ordinal), $"'{expected}' is not in the PDF text: {report}");
        }

        // With the layout kept, each unit's figures stay on the unit's line.
        var lines = (await PdfTools.TextAsync(pdfs[0], layout: true)).Split('\n').Select(PdfTools.Flatten).ToList();
        Assert.Contains(lines, l => l.Contains("5 Trung tâm Y tế huyện 23 15 8 4 3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Tổng cộng 64 43 21 16 14", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("PHÒNG VĂN HÓA VÀ THÔNG TIN", StringComparison.Ordinal) && l.Contains("Độc lập - Tự do - Hạnh phúc", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Số: 45/BC-VHTT", StringComparison.Ordinal) && l.Contains("Bảo Thắng, ngày 23 tháng 5 năm 2024", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Nơi nhận:", StringComparison.Ordinal) && l.Contains("KT. TRƯỞNG PHÒNG", StringComparison.Ordinal));

        var letter = PdfTools.Flatten(await PdfTools.TextAsync(pdfs[1], layout: false));
        foreach (var expected in new[]
        {
            "UBND TỈNH LÀO CAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 08/SKHCN-CNTT", "Lào Cai, ngày 05 tháng 02 năm 2025",
            "V/v rà soát, nâng cấp máy tính", "Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường.",
            "lên Windows 10 trở lên", "14 giờ 00 ngày 28/02/2025", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Quốc Việt",
        })
        {
            Assert.True(letter.Contains(expected, StringComparison.Ordinal), $"'{expected}' is not in the PDF text: {letter}");
        }
    }

    [Fact]
    public async Task A_table_longer_than_a_page_continues_with_its_header_and_a_page_number_from_page_two()
    {
        var pdf = await PdfAsync(SampleDocuments.LongReport(70));
        var (pages, width, height) = await PdfTools.InfoAsync(pdf);
        Assert.True(pages >= 2, $"70 units should not fit on one page, got {pages}");
        Assert.Equal(595, width, 0);
        Assert.Equal(842, height, 0);

        var first = FirstLine(await PdfTools.TextAsync(pdf, layout: true, first: 1, last: 1));
        Assert.StartsWith("UBND HUYỆN BẢO THẮNG", first, StringComparison.Ordinal);
        var second = await PdfTools.TextAsync(pdf, layout: true, first: 2, last: 2);
        Assert.Equal("2", FirstLine(second));
        Assert.Contains("Đơn vị", second, StringComparison.Ordinal);
        var last = PdfTools.Flatten(await PdfTools.TextAsync(pdf, layout: false, first: pages, last: pages));
        Assert.Contains("Nguyễn Thị Hằng", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_soffice_is_a_precise_error()
    {
        using var missing = Converter(new PdfConversionOptions { SofficePath = "/nonexistent/libreoffice/soffice" });
        var result = await missing.ToPdfAsync(Docx(SampleDocuments.Letter()), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Equal(PdfConversionErrors.ConverterMissing, result.Error!.Code);
        Assert.Equal(ErrorKind.Unavailable, result.Error.Kind);
        Assert.Contains("libreoffice-writer-nogui", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/libreoffice/soffice", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_soffice_that_cannot_be_executed_is_a_precise_error()
    {
        using var folder = new ScratchFolder();
        var program = Path.Combine(folder.Path, "soffice");
        await File.WriteAllTextAsync(program, "not a program");
        using var broken = Converter(new PdfConversionOptions { SofficePath = program });
        var result = await broken.ToPdfAsync(Docx(SampleDocuments.Letter()), CancellationToken.None);
        Assert.Equal(PdfConversionErrors.ConverterMissing, result.Error!.Code);
        Assert.Contains("could not be started", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_soffice_reports_its_exit_code_and_output()
    {
        using var folder = new ScratchFolder();
        var program = folder.Script("failing-soffice", "echo 'Error: source file could not be loaded' >&2\nexit 1\n");
        using var failing = Converter(new PdfConversionOptions { SofficePath = program });
        var result = await failing.ToPdfAsync(Docx(SampleDocuments.Letter()), CancellationToken.None);
        Assert.False(result.IsSuccess);
        Assert.Equal(PdfConversionErrors.Failed, result.Error!.Code);
        Assert.Contains("exit code 1", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("source file could not be loaded", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hung_soffice_is_killed_with_its_children_at_the_timeout()
    {
        using var folder = new ScratchFolder();
        var childPid = Path.Combine(folder.Path, "child.pid");
        var program = folder.Script("hung-soffice", $"sleep 600 &\necho $! > '{childPid}'\nwait\n");
        using var hung = Converter(new PdfConversionOptions { SofficePath = program, Timeout = TimeSpan.FromSeconds(2) });

        var result = await hung.ToPdfAsync(Docx(SampleDocuments.Letter()), CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(PdfConversionErrors.TimedOut, result.Error!.Code);
        var pid = int.Parse(File.ReadAllText(childPid).Trim());
        // SIGKILL is delivered asynchronously; wait (bounded) for the child to be gone or a zombie.
        for (var i = 0; i < 100 && Alive(pid); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(Alive(pid), $"the script's child {pid} outlived the timeout");
    }

    [Fact]
    public async Task A_cancelled_conversion_kills_soffice_and_throws()
    {
        using var folder = new ScratchFolder();
        var childPid = Path.Combine(folder.Path, "child.pid");
        var started = Path.Combine(folder.Path, "started");
        var program = folder.Script("slow-soffice", $"sleep 600 &\necho $! > '{childPid}'\ntouch '{started}'\nwait\n");
        using var slow = Converter(new PdfConversionOptions { SofficePath = program });
        using var cancel = new CancellationTokenSource();

        var conversion = slow.ToPdfAsync(Docx(SampleDocuments.Letter()), cancel.Token);
        for (var i = 0; i < 600 && !File.Exists(started); i++)
        {
            await Task.Delay(100);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => conversion);
        var pid = int.Parse(File.ReadAllText(childPid).Trim());
        for (var i = 0; i < 100 && Alive(pid); i++)
        {
            await Task.Delay(100);
        }

        Assert.False(Alive(pid), $"the script's child {pid} outlived the cancellation");
    }

    [Fact]
    public async Task Bytes_that_are_not_a_docx_are_refused_before_LibreOffice_runs()
    {
        var result = await converter.ToPdfAsync("%PDF-1.4"u8.ToArray(), CancellationToken.None);
        Assert.Equal(PdfConversionErrors.NotDocx, result.Error!.Code);
    }

    private async Task<byte[]> PdfAsync(AdministrativeDocument document)
    {
        var result = await converter.ToPdfAsync(Docx(document), CancellationToken.None);
        // A missing LibreOffice fails here with the converter's message, which names the package to install.
        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.True(result.Value!.AsSpan().StartsWith("%PDF-"u8), "not a PDF");

        // For a look by eye: VIGIL_TEST_DOCUMENTS_OUT=/some/folder keeps each PDF there.
        if (Environment.GetEnvironmentVariable("VIGIL_TEST_DOCUMENTS_OUT") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, $"{document.Number!.Text.Replace('/', '-')}-{document.Body.Count}.pdf"), result.Value!);
        }

        return result.Value!;
    }

    private byte[] Docx(AdministrativeDocument document) => writer.ToDocx(document).Value!;

    private static PdfConverter Converter(PdfConversionOptions options) =>
        new(Options.Create(options), TimeProvider.System, NullLogger<PdfConverter>.Instance);

    private static string FirstLine(string text) => text.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    /// <summary>Running and not a zombie (a killed child may wait for a reaper that never comes in a container).</summary>
    private static bool Alive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return false;
        }

        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    private sealed class ScratchFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("vigil-pdf-test-").FullName;

        public string Script(string name, string body)
        {
            var file = System.IO.Path.Combine(Path, name);
            File.WriteAllText(file, "#!/bin/sh\n" + body);
            // The suite runs on Debian (test.sh); a shell script stands in for soffice.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return file;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
