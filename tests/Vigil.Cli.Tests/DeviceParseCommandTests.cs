using System.Text.Json;

namespace Vigil.Cli.Tests;

public class DeviceParseCommandTests
{
    /// <summary>The documented schema (docs/network-devices.md): every key, always present, in this order.</summary>
    private static readonly string[] DeviceKeys =
    [
        "file", "vendor", "kind", "os", "version", "versionNormalized", "model", "serial", "hostname", "managementAddress",
        "uptime", "uptimeSeconds", "image", "softwareImage", "lastReloadReason", "configRegister", "modules", "commands", "warnings",
    ];

    private static JsonElement[] Devices(CliRun run) => JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToArray();

    [Fact]
    public void One_file_prints_an_array_with_its_device()
    {
        var file = CliRun.CiscoFixture(Path.Combine("handwritten", "c9300-17.9-stack.txt"));

        var run = CliRun.InProcess("device", "parse", file);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var device = Assert.Single(Devices(run));
        Assert.Equal(DeviceKeys, device.EnumerateObject().Select(p => p.Name));
        string? S(string key) => device.GetProperty(key).GetString();
        Assert.Equal(
            (file, "Cisco", "switch", "ios-xe", "17.09.04a", "17.9.4a", "C9300-48P", "FOC2318U0AB", "SW-CORE-01", "flash:packages.conf", "0x102"),
            (S("file"), S("vendor"), S("kind"), S("os"), S("version"), S("versionNormalized"), S("model"), S("serial"), S("hostname"), S("image"), S("configRegister")));
        Assert.Equal("1 year, 2 weeks, 3 days, 4 hours, 5 minutes", S("uptime"));
        Assert.Equal(33_019_500, device.GetProperty("uptimeSeconds").GetInt64());
        Assert.Equal(JsonValueKind.Null, device.GetProperty("managementAddress").ValueKind);
        var chassis = device.GetProperty("modules")[0];
        Assert.Equal(["name", "description", "productId", "versionId", "serial", "isChassis", "line"], chassis.EnumerateObject().Select(p => p.Name));
        Assert.True(chassis.GetProperty("isChassis").GetBoolean());
        Assert.Equal(7, device.GetProperty("modules").GetArrayLength());
        Assert.Equal(["show version", "show inventory"], device.GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("command").GetString()));
        Assert.Equal(0, device.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public void Several_files_keep_their_order_and_warnings_have_line_code_message()
    {
        var run = CliRun.InProcess("device", "parse",
            CliRun.CiscoFixture(Path.Combine("ntc", "cisco_asa_show_version2.raw")),
            CliRun.CiscoFixture(Path.Combine("handwritten", "wlc5520-8.10.txt")));

        Assert.Equal(0, run.ExitCode);
        var devices = Devices(run);
        Assert.Equal(["asa", "aireos"], devices.Select(d => d.GetProperty("os").GetString()));
        var warning = Assert.Single(devices[0].GetProperty("warnings").EnumerateArray());
        Assert.Equal(["line", "code", "message"], warning.EnumerateObject().Select(p => p.Name));
        Assert.Equal("device.cli.serial_missing", warning.GetProperty("code").GetString());
        Assert.Equal("10.20.0.5", devices[1].GetProperty("managementAddress").GetString());
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        var text = File.ReadAllText(CliRun.CiscoFixture(Path.Combine("ntc", "cisco_nxos_show_version2.raw")));

        var run = CliRun.InProcessWithInput(text, "device", "parse", "-");

        Assert.Equal(0, run.ExitCode);
        var device = Assert.Single(Devices(run));
        Assert.Equal(("-", "7.1(4)N1(1)", "IEDP02-N5K-SW01"), (device.GetProperty("file").GetString(), device.GetProperty("version").GetString(), device.GetProperty("hostname").GetString()));
    }

    [Fact]
    public void Bad_paste_prints_file_line_reason_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "Router#show version\nCisco Nexus Operating System (NX-OS) Software\nTAC support: http://www.cisco.com/tac\n");
        try
        {
            var run = CliRun.InProcess("device", "parse", path);

            Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
            Assert.Equal($"{path}:2: the NX-OS show version output that starts here has no software version line; paste the whole output", run.Stderr.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Good_and_bad_files_print_the_good_and_exit_1()
    {
        var good = CliRun.CiscoFixture(Path.Combine("handwritten", "sg350-28p-2.5.txt"));
        var missing = Path.Combine(AppContext.BaseDirectory, "no-such-paste.txt");

        var run = CliRun.InProcess("device", "parse", good, missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("SG350-28P-K9", Assert.Single(Devices(run)).GetProperty("model").GetString());
        Assert.StartsWith($"{missing}: cannot read the file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrecognised_stdin_is_an_error_at_its_first_line()
    {
        var run = CliRun.InProcessWithInput("\nhello world\n", "device", "parse", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("-:2: no Cisco show version", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("device")]
    [InlineData("device", "parse")]
    [InlineData("device", "parse", "--json", "a.txt")]
    [InlineData("device", "check", "a.txt")]
    public void Bad_arguments_print_usage_and_exit_2(params string[] args)
    {
        var run = CliRun.InProcess(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("vigil device parse FILE", run.Stderr, StringComparison.Ordinal);
    }
}
