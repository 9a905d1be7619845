using System.IO.Compression;
using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary><c>vigil hunt</c> in process: output schema, formats, stdin, gzip, folders, threads and exit codes.</summary>
public sealed class HuntCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vigil-hunt-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "hunting", name);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Hits_are_json_lines_with_the_documented_fields_and_exit_0()
    {
        var run = CliRun.InProcess("hunt", "--iocs", Fixture("iocs.txt"), Fixture("eve.json"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, lines.Length);
        using var sni = JsonDocument.Parse(lines.Single(l => l.Contains("tls.sni", StringComparison.Ordinal)));
        var root = sni.RootElement;
        Assert.Equal(
            ["indicator", "type", "action", "file", "line", "format", "field", "value", "timestamp", "src", "dst"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("evil.example.org", "domain", "block", 5, "suricata-eve", "login.evil.example.org", "10.1.2.33", "198.51.100.7"),
            (root.GetProperty("indicator").GetString(), root.GetProperty("type").GetString(), root.GetProperty("action").GetString(),
             root.GetProperty("line").GetInt32(), root.GetProperty("format").GetString(), root.GetProperty("value").GetString(),
             root.GetProperty("src").GetString(), root.GetProperty("dst").GetString()));
    }

    [Fact]
    public void Nothing_found_exits_1()
    {
        var iocs = Write("none.txt", "never-seen.example\n");
        var run = CliRun.InProcess("hunt", "--iocs", iocs, Fixture("eve.json"));
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
    }

    [Theory]
    [InlineData("hunt")]
    [InlineData("hunt", "--iocs")]
    [InlineData("hunt", "--iocs", "IOCS")]
    [InlineData("hunt", "--iocs", "IOCS", "--format", "xml", "LOG")]
    [InlineData("hunt", "--iocs", "IOCS", "--threads", "x", "LOG")]
    [InlineData("hunt", "--iocs", "IOCS", "--color", "LOG")]
    [InlineData("hunt", "--iocs", "missing-iocs.txt", "LOG")]
    [InlineData("hunt", "--iocs", "IOCS", "missing.log")]
    public void Errors_exit_2(params string[] args)
    {
        var resolved = args.Select(a => a switch { "IOCS" => Fixture("iocs.txt"), "LOG" => Fixture("eve.json"), _ => a }).ToArray();
        var run = CliRun.InProcess(resolved);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vigil hunt:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_files_without_huntable_values_exit_2()
    {
        var run = CliRun.InProcess("hunt", "--iocs", Write("names.txt", "tasksche.exe\n"), Fixture("eve.json"));
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        var run = CliRun.InProcessWithInput(File.ReadAllText(Fixture("squid_access.log")), "hunt", "--iocs", Fixture("iocs.txt"), "--format", "text", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("-:1: http://downloads.bad-site.example/payload/~user/get.php?id=1 (url, block) in url: ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_cells()
    {
        var run = CliRun.InProcess("hunt", "--iocs", Fixture("iocs.txt"), "--format", "csv", Fixture("squid_access.log"));
        var lines = run.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("indicator,type,action,file,line,format,field,value,timestamp,src,dst", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains(",squid,url,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_logs_and_indicator_files_in_other_formats_are_read()
    {
        var log = Path.Combine(_dir, "eve.json.gz");
        using (var gzip = new GZipStream(File.Create(log), CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(Fixture("eve.json")));
        }

        var csv = Write("iocs.csv", "type,value,action\ndomain,evil.example.org,alert\nip,1.2.3.4,block\n");
        var run = CliRun.InProcess("hunt", "--iocs", csv, "--format", "text", log);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            $"{log}:3: evil.example.org (domain, alert-only) in dns.query[].rrname: c2.EVIL.example.org at 2025-06-02T08:16:00.000001+0700 10.1.2.31 -> 10.1.0.1",
            $"{log}:5: evil.example.org (domain, alert-only) in tls.sni: login.evil.example.org at 2025-06-02T08:18:00.000001+0700 10.1.2.33 -> 198.51.100.7",
            $"{log}:8: 1.2.3.4 (ipv4, block) in dest_ip: 1.2.3.4 at 2025-06-02T08:21:00.000001+0700 10.1.2.35 -> 1.2.3.4",
        ], run.Stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Threads_give_the_same_output_as_one_thread_over_folders_and_large_files()
    {
        var folder = Path.Combine(_dir, "logs");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "eve.json", "zeek_dns.log", "squid_access.log", "cisco_asa.log", "pfirewall_with_pid_sample.log" })
        {
            File.Copy(Fixture(name), Path.Combine(folder, name));
        }

        // A file of several 4 MiB blocks, so one file is split between threads.
        var eve = File.ReadAllText(Fixture("eve.json"));
        using (var big = File.CreateText(Path.Combine(folder, "big-eve.json")))
        {
            for (var i = 0; i < 5000; i++)
            {
                big.Write(eve);
            }
        }

        var one = CliRun.InProcess("hunt", "--iocs", Fixture("iocs.txt"), "--threads", "1", folder);
        var two = CliRun.InProcess("hunt", "--iocs", Fixture("iocs.txt"), "--threads", "2", folder);
        var four = CliRun.InProcess("hunt", "--iocs", Fixture("iocs.txt"), "--threads", "4", folder);
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Stdout, two.Stdout);
        Assert.Equal(one.Stdout, four.Stdout);
        Assert.Contains("\"line\":45000,", one.Stdout, StringComparison.Ordinal);
        Assert.Equal(14 * 5000, one.Stdout.Split('\n').Count(l => l.Contains("big-eve.json", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A list longer than one slice of the streamed import (256 KiB): indicators of every slice hit, a duplicate across
    /// slices is one indicator, and a rejected line is reported with its line number in the file.
    /// </summary>
    [Fact]
    public void Long_indicator_lists_are_read_in_slices_with_file_line_numbers()
    {
        var lines = Enumerable.Range(0, 40_000).Select(i => $"host{i}.slice-test.example").ToList();
        lines[31_234] = "999.1.2.3";
        lines.Add("host5.slice-test.example");
        var iocs = Write("long.txt", string.Join('\n', lines) + "\n");
        var log = Write("dns.log", "query host5.slice-test.example\nquery host39999.slice-test.example\nquery host31234.slice-test.example\n");

        var run = CliRun.InProcess("hunt", "--iocs", iocs, "--format", "text", log);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("host5.slice-test.example (domain", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("host39999.slice-test.example (domain", run.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("vigil hunt: long.txt:31235: rejected.invalid_value: \"999.1.2.3\"", run.Stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
