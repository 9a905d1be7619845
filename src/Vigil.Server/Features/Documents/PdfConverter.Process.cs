using System.ComponentModel;
using System.Diagnostics;
using Vigil.Domain.Common;

namespace Vigil.Server.Features.Documents;

public sealed partial class PdfConverter
{
    /// <summary>What one soffice run gave: its exit code and output, or the error that ended it.</summary>
    private readonly record struct SofficeRun(int ExitCode, string Output, Error? Error);

    private async Task<SofficeRun> RunAsync(string program, string folder, string input, string output, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };

        // The private profile is what lets several conversions run at once; HOME points into the folder too, because a
        // service account's home is often not writable and LibreOffice writes caches there.
        start.ArgumentList.Add("-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri);
        foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf:writer_pdf_Export", "--outdir", output, input })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HOME"] = folder;

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("soffice did not start");
        }
        catch (Win32Exception e)
        {
            Log.PdfConverterMissing(logger, program);
            return new SofficeRun(-1, e.Message, Missing(e.Message));
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var deadline = new CancellationTokenSource(options.Timeout, clock);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
            try
            {
                await process.WaitForExitAsync(either.Token);
            }
            catch (OperationCanceledException)
            {
                KillTree(process);
                await process.WaitForExitAsync(CancellationToken.None);
                ct.ThrowIfCancellationRequested();
                Log.PdfConversionTimedOut(logger, options.Timeout);
                return new SofficeRun(-1, "", new Error(PdfConversionErrors.TimedOut,
                    $"LibreOffice did not finish within {options.Timeout}; the conversion was stopped. Raise {PdfConversionOptions.SectionName}:Timeout if the documents are large.",
                    ErrorKind.Unavailable));
            }

            return new SofficeRun(process.ExitCode, (await stdout) + " " + (await stderr), null);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill.
        }
    }
}
