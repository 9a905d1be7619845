using System.Globalization;
using Microsoft.Extensions.Options;
using Vigil.Domain.Common;

namespace Vigil.Server.Features.Documents;

/// <summary>
/// Turns a .docx into a PDF with LibreOffice in headless mode (<c>soffice --headless --convert-to pdf</c>). Each call
/// runs in a private folder with its own LibreOffice profile: soffice processes sharing a profile hand their work to
/// the first one or fail on its lock, so concurrent calls must not share one. A semaphore bounds how many run at
/// once, and a call that overruns the timeout has its whole process tree (the soffice script, oosplash,
/// soffice.bin) killed. Expected failures (missing program, failed or overlong conversion) are errors, not exceptions.
/// </summary>
public sealed partial class PdfConverter : IDisposable
{
    public const string ContentType = "application/pdf";

    private readonly PdfConversionOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<PdfConverter> logger;
    private readonly SemaphoreSlim slots;

    public PdfConverter(IOptions<PdfConversionOptions> options, TimeProvider clock, ILogger<PdfConverter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        slots = new SemaphoreSlim(this.options.MaxConcurrentConversions, this.options.MaxConcurrentConversions);
    }

    /// <summary>The PDF rendering of <paramref name="docx"/>, or why there is none.</summary>
    public async Task<Result<byte[]>> ToPdfAsync(byte[] docx, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(docx);
        if (docx.Length < 4 || docx[0] != 'P' || docx[1] != 'K')
        {
            return Error.Validation(PdfConversionErrors.NotDocx, "The input is not a .docx document (no zip header).");
        }

        if (ResolveProgram() is not { } program)
        {
            Log.PdfConverterMissing(logger, options.SofficePath);
            return Missing();
        }

        await slots.WaitAsync(ct);
        var folder = Path.Combine(options.WorkDirectory ?? Path.GetTempPath(), "vigil-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            return await ConvertInFolderAsync(program, folder, docx, ct);
        }
        finally
        {
            slots.Release();
            DeleteFolder(folder);
        }
    }

    public void Dispose() => slots.Dispose();

    private async Task<Result<byte[]>> ConvertInFolderAsync(string program, string folder, byte[] docx, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        var input = Path.Combine(folder, "document.docx");
        await File.WriteAllBytesAsync(input, docx, ct);

        var run = await RunAsync(program, folder, input, output, ct);
        if (run.Error is { } error)
        {
            return error;
        }

        var pdf = Path.Combine(output, "document.pdf");
        if (run.ExitCode != 0 || !File.Exists(pdf))
        {
            var said = Tail(run.Output);
            Log.PdfConversionFailed(logger, run.ExitCode, said);
            return new Error(PdfConversionErrors.Failed,
                string.Create(CultureInfo.InvariantCulture, $"LibreOffice produced no PDF (exit code {run.ExitCode}): {said}"), ErrorKind.Unavailable);
        }

        var bytes = await File.ReadAllBytesAsync(pdf, ct);
        Log.PdfConverted(logger, docx.Length, bytes.Length, (long)clock.GetElapsedTime(started).TotalMilliseconds);
        return bytes;
    }

    /// <summary>Not found, or (with <paramref name="reason"/>) found but the system would not start it.</summary>
    private Error Missing(string? reason = null) => new(PdfConversionErrors.ConverterMissing,
        (reason is null ? $"LibreOffice's soffice was not found at '{options.SofficePath}'. " : $"LibreOffice's soffice at '{options.SofficePath}' could not be started: {reason}. ") +
        $"Install the Debian package libreoffice-writer-nogui or set {PdfConversionOptions.SectionName}:SofficePath to the program's full path.",
        ErrorKind.Unavailable);

    /// <summary>The program's full path: as configured when it has a folder, else the first match on PATH.</summary>
    private string? ResolveProgram()
    {
        var configured = options.SofficePath;
        if (configured.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || configured.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { configured, configured + ".exe", configured + ".com" } : [configured];
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The end of soffice's output, where its reason is, kept short enough for a message.</summary>
    private static string Tail(string output)
    {
        var text = output.Trim().ReplaceLineEndings(" ");
        return text.Length <= 600 ? text : "…" + text[^600..];
    }

    private void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.PdfWorkFolderNotDeleted(logger, e, folder);
        }
    }
}
