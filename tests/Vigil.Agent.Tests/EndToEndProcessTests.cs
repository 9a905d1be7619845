using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Tests;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>
/// The built vigil-agent as a real process: install against a running server with a token made through the API,
/// then one cycle of "run"; the computer then exists in the token's unit with this machine's OS and CPU.
/// </summary>
public sealed class EndToEndProcessTests() : TwoBranchServerTests()
{
    private static (int Code, string Stdout, string Stderr) RunAgent(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vigil-agent.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "vigil-agent did not exit");
        return (process.ExitCode, stdout, stderr.Result);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Install_then_one_run_puts_this_computer_into_the_tokens_unit()
    {
        using var dir = new TempDirectory();
        var token = await AgentWithServer.EnrolmentTokenAsync(Server, World.A1.Id);
        var config = dir.Combine("etc");
        var units = dir.Combine("units");

        var install = RunAgent("install", "--server", Server.BaseAddress.ToString(), "--token", token, "--allow-http", "--config-dir", config, "--unit-dir", units);
        Assert.True(install.Code == 0, install.Stderr);
        Assert.Contains("in unit A1", install.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("vga_", install.Stdout + install.Stderr, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(config, "agent.json")));
        var unit = File.ReadAllText(Path.Combine(units, "vigil-agent.service"));
        Assert.Contains($"run --config-dir {config}", unit, StringComparison.Ordinal);
        Assert.Contains("RestartPreventExitStatus=3", unit, StringComparison.Ordinal);

        var run = RunAgent("run", "--config-dir", config, "--once");
        Assert.True(run.Code == 0, run.Stderr);

        var osName = File.ReadAllLines("/etc/os-release").First(l => l.StartsWith("NAME=")).Split('=', 2)[1].Trim('"');
        var cpu = File.ReadAllLines("/proc/cpuinfo").First(l => l.StartsWith("model name")).Split(':', 2)[1].Trim();
        var computer = await Server.WithSystemDbAsync(db => db.Computers.AsNoTracking().SingleAsync(c => c.Hostname == Environment.MachineName));
        Assert.Equal((World.A1.Id, cpu), (computer.UnitId, computer.CpuModel));
        Assert.Contains(osName, computer.OsName ?? "", StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(config, "spool")));

        var uninstall = RunAgent("uninstall", "--config-dir", config, "--unit-dir", units);
        Assert.Equal(0, uninstall.Code);
        Assert.False(File.Exists(Path.Combine(config, "agent.json")));
        Assert.False(File.Exists(Path.Combine(units, "vigil-agent.service")));
    }

    [Fact]
    public void Version_and_inventory_json_work_without_a_server()
    {
        var version = RunAgent("--version");
        var inventory = RunAgent("inventory", "--json");

        Assert.Equal(0, version.Code);
        Assert.StartsWith("vigil-agent ", version.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, inventory.Code);
        using var json = System.Text.Json.JsonDocument.Parse(inventory.Stdout);
        Assert.Equal(Environment.MachineName, json.RootElement.GetProperty("hostname").GetString());
    }
}
