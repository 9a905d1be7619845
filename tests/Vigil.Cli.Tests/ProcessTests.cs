using System.Diagnostics;
using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>
/// Runs vigil as a real process, so exit codes, stderr and console encoding are the real ones: once as the built
/// vigil.dll under dotnet (<see cref="DotnetProcessTests"/>) and once as the native executable that is shipped
/// (<see cref="NativeProcessTests"/>), which must behave the same.
/// </summary>
public abstract class ProcessTests
{
    /// <summary>The program and the arguments that come before vigil's own.</summary>
    protected abstract (string Program, string[] Prefix) Command { get; }

    private CliRun RunVigil(params string[] args) => RunVigilWithInput(null, args);

    private CliRun RunVigilWithInput(string? stdin, params string[] args)
    {
        var (program, prefix) = Command;
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in prefix.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "vigil did not exit");
        return new CliRun(process.ExitCode, stdout, stderr.Result);
    }

    private static string HuntFixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "hunting", name);

    /// <summary>Every hunting fixture gives, byte for byte, what the in-process command gives (formats, fields, order).</summary>
    [Theory]
    [InlineData("eve.json")]
    [InlineData("zeek_dns.log")]
    [InlineData("zeek_http.log")]
    [InlineData("squid_access.log")]
    [InlineData("cisco_asa.log")]
    [InlineData("windows_dns_debug_format_and_examples.txt")]
    [InlineData("pfirewall_with_pid_sample.log")]
    public void Hunt_gives_the_in_process_output(string log)
    {
        string[] args = ["hunt", "--iocs", HuntFixture("iocs.txt"), "--threads", "2", HuntFixture(log)];
        var expected = CliRun.InProcess(args);

        var run = RunVigil(args);

        Assert.Equal((expected.ExitCode, expected.Stdout, expected.Stderr), (run.ExitCode, run.Stdout, run.Stderr));
    }

    [Fact]
    public void Hunt_reads_standard_input_and_writes_csv()
    {
        var log = File.ReadAllText(HuntFixture("squid_access.log"));
        var expected = CliRun.InProcessWithInput(log, "hunt", "--iocs", HuntFixture("iocs.txt"), "--format", "csv", "-");

        var run = RunVigilWithInput(log, "hunt", "--iocs", HuntFixture("iocs.txt"), "--format", "csv", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("indicator,", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(expected.Stdout, run.Stdout);
    }

    /// <summary>Indicator files in the JSON formats (STIX 2.1, MISP) read and written the same way as in process.</summary>
    [Theory]
    [InlineData("stix21_poisonivy.json", "domain-list")]
    [InlineData("misp_event_osint_sunorcal.json", "domain-list")]
    [InlineData("misp_event_xorist_57c4445b.json", "hash-list")]
    [InlineData("abusech_feodotracker_ipblocklist_2024-04-04.csv", "ip-list")]
    public void Ioc_export_gives_the_in_process_output(string file, string format)
    {
        string[] args = ["ioc", "export", "--format", format, Path.Combine(AppContext.BaseDirectory, "fixtures", "indicators", file)];
        var expected = CliRun.InProcess(args);

        var run = RunVigil(args);

        Assert.Equal(0, expected.ExitCode);
        Assert.NotEqual("", expected.Stdout);
        Assert.Equal((expected.ExitCode, expected.Stdout, expected.Stderr), (run.ExitCode, run.Stdout, run.Stderr));
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

    [Fact]
    public void Device_parse_of_fixtures_prints_json_and_exits_0()
    {
        var run = RunVigil("device", "parse", Path.Combine("fixtures", "cisco", "handwritten", "c2960x-15.2-7-E4.txt"),
            Path.Combine("fixtures", "cisco", "handwritten", "n9k-c93180-9.3-10.txt"));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(["15.2(7)E4", "9.3(10)"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("version").GetString()));
        Assert.Equal(["WS-C2960X-48FPD-L", "N9K-C93180YC-FX"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("model").GetString()));
    }

    [Fact]
    public void Device_parse_reads_stdin_and_reports_errors_as_file_line_reason()
    {
        var good = RunVigilWithInput(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "cisco", "ntc", "cisco_asa_show_version1.raw")), "device", "parse", "-");
        var bad = RunVigilWithInput("Switch#show version\r\nCisco IOS Software, C2960X Software\r\n", "device", "parse", "-");

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("\"version\": \"9.5(2)204\"", good.Stdout, StringComparison.Ordinal);
        Assert.Equal((1, ""), (bad.ExitCode, bad.Stdout));
        Assert.Equal("-:2: the IOS show version output that starts here has no software version line; paste the whole output", bad.Stderr.Trim());
    }
}
