using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Server.Tests.Documents;

/// <summary>poppler-utils' pdfinfo and pdftotext (installed by test.sh) read back what LibreOffice wrote.</summary>
internal static partial class PdfTools
{
    /// <summary>Page count and the first page's size in points.</summary>
    public static async Task<(int Pages, double Width, double Height)> InfoAsync(byte[] pdf)
    {
        var info = await RunAsync("pdfinfo", pdf);
        var pages = PagesLine().Match(info);
        var size = SizeLine().Match(info);
        Assert.True(pages.Success && size.Success, "pdfinfo said: " + info);
        return (int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The text of pages <paramref name="first"/> to <paramref name="last"/>, in NFC, as pdftotext lays it out.</summary>
    public static Task<string> TextAsync(byte[] pdf, bool layout, int first = 1, int last = int.MaxValue)
    {
        var arguments = new List<string> { "-enc", "UTF-8", "-f", first.ToString(CultureInfo.InvariantCulture) };
        if (last != int.MaxValue)
        {
            arguments.AddRange(["-l", last.ToString(CultureInfo.InvariantCulture)]);
        }

        if (layout)
        {
            arguments.Add("-layout");
        }

        return RunAsync("pdftotext", pdf, [.. arguments], toStdout: true);
    }

    /// <summary>The names of the fonts embedded in the PDF, without their subset prefix ("BAAAAA+").</summary>
    public static async Task<List<string>> FontsAsync(byte[] pdf)
    {
        var table = await RunAsync("pdffonts", pdf);
        return table.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .Select(name => name.Contains('+', StringComparison.Ordinal) ? name[(name.IndexOf('+', StringComparison.Ordinal) + 1)..] : name)
            .ToList();
    }

    /// <summary>Whitespace runs (line breaks of wrapped lines included) become single spaces.</summary>
    public static string Flatten(string text) => Whitespace().Replace(text, " ");

    private static async Task<string> RunAsync(string program, byte[] pdf, string[]? arguments = null, bool toStdout = false)
    {
        var file = Path.Combine(Path.GetTempPath(), "vigil-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            foreach (var argument in arguments ?? [])
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(file);
            if (toStdout)
            {
                start.ArgumentList.Add("-");
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                Assert.Fail($"{program} is not installed ({e.Message}): run ./test.sh, which installs poppler-utils, or apt-get install poppler-utils.");
                throw;
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                // A guard against a hung process, not a timing assertion.
                using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                await process.WaitForExitAsync(guard.Token);
                Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await stderr}");
                return (await stdout).Normalize(NormalizationForm.FormC);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex SizeLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
