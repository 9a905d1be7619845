namespace Vigil.Cli.Tests;

public sealed class IocExportCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vigil-ioc-cli-").FullName;

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "indicators", name);

    private string Temp(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Formats_lists_every_export_format()
    {
        var run = CliRun.InProcess("ioc", "formats");

        Assert.Equal(0, run.ExitCode);
        foreach (var name in new[] { "ip-list", "suricata", "suricata-datasets", "snort", "zeek-intel", "nftables", "iptables", "ipset", "cisco-ios", "cisco-asa", "fortigate", "mikrotik", "windows-firewall", "rpz", "unbound", "hosts" })
        {
            Assert.Contains(name + " ", run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_maltrail_wannacry_trail_becomes_an_rpz_zone_without_the_kill_switches()
    {
        var zone = Path.Combine(_directory, "wannacry.zone");

        var run = CliRun.InProcess("ioc", "export", "--format", "rpz", "-o", zone, Fixture("maltrail_wannacry.txt"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = File.ReadAllText(zone);
        Assert.DoesNotContain("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea", text, StringComparison.Ordinal);
        Assert.Contains("*.gx7ekbenv2riucmf.onion CNAME .", text, StringComparison.Ordinal);
        Assert.Contains("maltrail_wannacry.txt: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(" rejected", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("alert-only iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("rpz: wrote " + zone, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("alert-only withheld", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_rules_on_standard_output_alert_on_the_kill_switches()
    {
        var run = CliRun.InProcess("ioc", "export", "--format", "suricata", "--ips", Fixture("maltrail_wannacry.txt"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var killSwitch = run.Stdout.Split('\n').Where(l => l.Contains("content:\".iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, killSwitch.Count);
        Assert.All(killSwitch, l => Assert.StartsWith("alert ", l, StringComparison.Ordinal));
        Assert.Contains("\ndrop dns ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Flagged_values_are_left_out_unless_forced()
    {
        var input = Temp("list.txt", "10.1.2.3\n45.9.148.108\n45.9.149.7\nbad-c2.example\n");

        var plain = CliRun.InProcess("ioc", "export", "--format", "ip-list", "--own-networks", "45.9.149.0/24", input);
        var forced = CliRun.InProcess("ioc", "export", "--format", "ip-list", "--force-flagged", input);

        Assert.Equal((0, "45.9.148.108\n"), (plain.ExitCode, plain.Stdout));
        Assert.Contains("flagged, left out 10.1.2.3: ip.private", plain.Stderr, StringComparison.Ordinal);
        Assert.Contains("flagged, left out 45.9.149.7: own.network", plain.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, "10.1.2.3\n45.9.148.108\n45.9.149.7\n"), (forced.ExitCode, forced.Stdout));
        Assert.Contains("forced 10.1.2.3", forced.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Kill_switches_cannot_be_forced_into_a_block_list()
    {
        var input = Temp("ks.txt", "www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com\nbad-c2.example\n");

        var run = CliRun.InProcess("ioc", "export", "--format", "domain-list", "--force-flagged", "--include-alert-only", input);

        Assert.Equal((0, "bad-c2.example\n"), (run.ExitCode, run.Stdout));
    }

    [Fact]
    public void A_format_with_several_files_needs_an_output_directory()
    {
        var input = Temp("ips.txt", "45.9.148.108\n2a01:4f8::1\n");
        var outDir = Path.Combine(_directory, "out");

        var refused = CliRun.InProcess("ioc", "export", "--format", "iptables", input);
        var written = CliRun.InProcess("ioc", "export", "--format", "iptables", "--out", outDir, "--name", "c2-block", input);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("give --out DIR", refused.Stderr, StringComparison.Ordinal);
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Contains("-A c2-block -d 45.9.148.108/32 -j DROP", File.ReadAllText(Path.Combine(outDir, "iptables.rules")), StringComparison.Ordinal);
        Assert.Contains("-A c2-block -d 2a01:4f8::1/128 -j DROP", File.ReadAllText(Path.Combine(outDir, "ip6tables.rules")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_with_a_manifest_is_read_as_a_misp_feed()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_directory, "feed")).FullName;
        File.Copy(Fixture("misp_event_xorist_57c4445b.json"), Path.Combine(feed, "57c4445b-c548-4654-af0b-4be3950d210f.json"));
        File.WriteAllText(Path.Combine(feed, "manifest.json"), """{"57c4445b-c548-4654-af0b-4be3950d210f": {"info": "Ransomware - Xorist", "Orgc": {"name": "CIRCL"}, "Tag": [], "date": "2016-08-29"}}""");

        var run = CliRun.InProcess("ioc", "export", "--format", "zeek-intel", feed);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("\tIntel::FILE_HASH\t", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("manifest.json: ", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "nope", "x.txt")]
    [InlineData("x.txt")]
    [InlineData("--format", "rpz")]
    [InlineData("--format", "rpz", "--bogus", "x.txt")]
    public void A_wrong_command_line_is_a_usage_error(params string[] args)
    {
        var run = CliRun.InProcess(["ioc", "export", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_fails_without_writing()
    {
        var zone = Path.Combine(_directory, "never.zone");

        var run = CliRun.InProcess("ioc", "export", "--format", "rpz", "-o", zone, Path.Combine(_directory, "missing.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.False(File.Exists(zone));
        Assert.Contains("missing.txt: cannot read", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
