using System.Diagnostics;
using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>Runs the built vigil.dll as a real process, so exit codes, stderr and console encoding are the real ones.</summary>
public class ProcessTests
{
    private static CliRun RunVigil(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "vigil did not exit");
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    [Fact]
    public void Good_file_exits_0()
    {
        var run = RunVigil("units", "check", Path.Combine("fixtures", "units", "lang-son.csv"));

        Assert.Equal((0, "OK: 8 units"), (run.ExitCode, run.Stdout.Trim()));
    }

    [Fact]
    public void Bad_file_exits_1_with_errors_on_stderr_in_vietnamese()
    {
        var run = RunVigil("units", "check", Path.Combine("fixtures", "units", "errors.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(Path.Combine("fixtures", "units", "errors.csv") + ":3:kind: Unknown kind 'huyện'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, run.Stderr.Trim().Split('\n').Length);
    }

    [Fact]
    public void No_arguments_exit_2()
    {
        Assert.Equal(2, RunVigil().ExitCode);
    }
}
