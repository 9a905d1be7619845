using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Tests.Ocs;

/// <summary>
/// End to end with the real fusioninventory-agent 2.6 as a separate process, talking to vigil-server on 127.0.0.1:
/// what lands in the database must be this machine, as /etc/os-release, /proc and dpkg describe it.
/// </summary>
public sealed class FusionInventoryAgentTests
{
    [Fact]
    public async Task RealAgent_WithAUnitTag_LandsInThatUnit_AsThisMachine()
    {
        await using var server = await TestServer.StartAsync();
        var unitId = await OcsWire.AddUnitAsync(server, "LS-FUSION");
        using var agent = FusionInventoryAgent.Create();

        var (exitCode, log) = await agent.RunAsync(new Uri(server.BaseAddress, "/ocsinventory"), "LS-FUSION");

        Assert.True(exitCode == 0, log);
        Assert.DoesNotContain("[error]", log, StringComparison.Ordinal);
        var (computer, source) = await server.WithSystemDbAsync(async db => (await db.Computers.SingleAsync(), await db.ComputerSources.SingleAsync()));
        var snapshot = SnapshotJson.Deserialize(source.SnapshotJson);
        Assert.Equal(unitId, computer.UnitId);
        Assert.Equal(InventorySource.Ocs, source.Source);
        Assert.Equal(ShortHostname(), computer.Hostname, ignoreCase: true);
        Assert.StartsWith(ShortHostname(), source.SourceKey, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(OsFamily.Linux, computer.OsFamily);
        Assert.Equal(OsRelease("PRETTY_NAME"), computer.OsName);
        Assert.StartsWith(OsRelease("VERSION_ID"), snapshot.Os!.Version, StringComparison.Ordinal);
        Assert.Equal(Environment.Is64BitOperatingSystem ? "x64" : "x86", computer.OsArchitecture);

        Assert.Equal(CollapseSpaces(CpuInfo("model name")), computer.CpuModel);
        var ramMb = MemTotalKb() / 1024.0;
        Assert.InRange(computer.RamMb!.Value, ramMb * 0.95, ramMb * 1.05);

        var disks = snapshot.Disks!;
        Assert.NotEmpty(disks);
        var blockDevicesGb = BlockDeviceSizesGb();
        Assert.All(disks, d => Assert.Contains(blockDevicesGb, size => Math.Abs(size - d.SizeGb!.Value) <= 1));

        var packages = InstalledPackages();
        Assert.InRange(snapshot.Software!.Count, packages * 0.95, packages * 1.05);
        Assert.Contains(snapshot.Software, s => s.Name == "fusioninventory-agent" && s.Publisher == "Debian");
        Assert.Null(snapshot.Hotfixes);
    }

    /// <summary>Uncompressed this time (<c>--no-compression</c>), so the plain request and reply are proven with the agent too.</summary>
    [Fact]
    public async Task RealAgent_WithAnUnknownTag_WaitsUnassigned()
    {
        await using var server = await TestServer.StartAsync();
        await OcsWire.AddUnitAsync(server, "LS-FUSION");
        using var agent = FusionInventoryAgent.Create();

        var (exitCode, log) = await agent.RunAsync(new Uri(server.BaseAddress, "/ocsinventory"), "NO-SUCH-UNIT", compress: false);

        Assert.True(exitCode == 0, log);
        Assert.DoesNotContain("[error]", log, StringComparison.Ordinal);
        var (queued, computers) = await server.WithSystemDbAsync(async db => (await db.UnassignedReports.SingleAsync(), await db.Computers.CountAsync()));
        Assert.Equal(0, computers);
        Assert.Equal(("NO-SUCH-UNIT", InventorySource.Ocs), (queued.UnitHint, queued.Source));
        Assert.Equal(ShortHostname(), queued.Hostname, ignoreCase: true);
        Assert.Equal(OsRelease("PRETTY_NAME"), queued.OsName);
    }

    private static string ShortHostname() => Environment.MachineName.Split('.')[0];

    private static string OsRelease(string key)
    {
        var line = File.ReadLines("/etc/os-release").First(l => l.StartsWith(key + "=", StringComparison.Ordinal));
        return line[(key.Length + 1)..].Trim('"');
    }

    private static string CpuInfo(string key) =>
        File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(':', 2)[1].Trim();

    private static long MemTotalKb() =>
        long.Parse(File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static string CollapseSpaces(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Decimal GB of every block device the kernel knows (sectors of 512 bytes).</summary>
    private static List<long> BlockDeviceSizesGb() =>
        Directory.GetDirectories("/sys/block")
            .Select(d => long.Parse(File.ReadAllText(Path.Combine(d, "size")).Trim(), CultureInfo.InvariantCulture) * 512)
            .Where(bytes => bytes > 0)
            .Select(bytes => (long)Math.Round(bytes / 1e9))
            .ToList();

    private static int InstalledPackages()
    {
        var start = new ProcessStartInfo("dpkg-query", ["--show", "--showformat=${db:Status-Abbrev}\\n"]) { RedirectStandardOutput = true };
        using var dpkg = Process.Start(start)!;
        var lines = dpkg.StandardOutput.ReadToEnd().Split('\n');
        dpkg.WaitForExit();
        return lines.Count(l => l.StartsWith("ii", StringComparison.Ordinal));
    }
}
