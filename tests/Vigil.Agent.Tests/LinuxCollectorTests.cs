using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Vigil.Agent.Collection.Linux;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>The Linux collector on this very machine, checked against the files and the tools themselves.</summary>
public class LinuxCollectorTests
{
    private static readonly Contracts.Agent.AgentInventoryDto Inventory = new LinuxCollector(TimeProvider.System).Collect();

    private static string Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [Fact]
    public void Os_matches_etc_os_release()
    {
        var release = File.ReadAllLines("/etc/os-release").Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..].Trim('"'));

        Assert.Equal(("linux", release["NAME"], release.GetValueOrDefault("VERSION") ?? release["VERSION_ID"]), (Inventory.Os!.Family, Inventory.Os.Name, Inventory.Os.Version));
        Assert.Equal(release.GetValueOrDefault("BUILD_ID") ?? File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), Inventory.Os.Build);
        Assert.Equal(Environment.MachineName, Inventory.Hostname);
    }

    [Fact]
    public void Cpu_and_memory_match_proc_and_lscpu()
    {
        var model = File.ReadAllLines("/proc/cpuinfo").First(l => l.StartsWith("model name", StringComparison.Ordinal)).Split(':', 2)[1].Trim();
        var cores = Run("lscpu", "-p=SOCKET,CORE").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct().Count();
        var memKb = long.Parse(File.ReadAllLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);

        Assert.Equal((model, cores, memKb / 1024), (Inventory.CpuModel, Inventory.CpuCores, Inventory.RamMb));
    }

    [Fact]
    public void Disks_are_the_real_block_devices_without_loop_ram_and_zram()
    {
        var expected = Directory.GetDirectories("/sys/block").Select(Path.GetFileName)
            .Where(n => !n!.StartsWith("loop") && !n.StartsWith("zram") && !n.StartsWith("ram") && !n.StartsWith("dm-") && !n.StartsWith("sr"))
            .Where(n => long.Parse(File.ReadAllText($"/sys/block/{n}/size")) > 0)
            .Select(n => $"{n} {(File.ReadAllText($"/sys/block/{n}/queue/rotational").Trim() == "0" ? "ssd" : "hdd")} {Math.Round(long.Parse(File.ReadAllText($"/sys/block/{n}/size")) * 512d / 1e9)}")
            .Order();

        Assert.Equal(expected, Inventory.Disks!.Select(d => $"{d.Model} {d.Kind} {d.SizeGb}").Order());
    }

    [Fact]
    public void Packages_match_dpkg_query_and_the_status_file_parser_agrees()
    {
        var installed = Run("dpkg-query", "-W", "-f", "${Package}\t${Version}\t${db:Status-Abbrev}\n").Split('\n')
            .Select(l => l.Split('\t')).Where(f => f.Length == 3 && f[2].StartsWith("ii")).Select(f => $"{f[0]} {f[1]}").Order().ToList();
        var fromStatus = LinuxPackages.ParseDpkgStatus(File.ReadAllText("/var/lib/dpkg/status")).Select(s => $"{s.Name} {s.Version}").Order().ToList();

        Assert.True(installed.Count > 100, "dpkg-query listed almost nothing");
        Assert.Equal(installed, Inventory.Software!.Select(s => $"{s.Name} {s.Version}").Order());
        Assert.Equal(installed, fromStatus);
        Assert.Contains(Inventory.Software!, s => s.Name == "dpkg" && s.Publisher == "Dpkg Developers");
    }

    [Fact]
    public void A_socket_this_test_listens_on_is_reported_with_its_program()
    {
        using var tcp = new TcpListener(IPAddress.Loopback, 0);
        tcp.Start();
        using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var tcpPort = ((IPEndPoint)tcp.LocalEndpoint).Port;
        var udpPort = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;

        var ports = new LinuxCollector(TimeProvider.System).Collect().ListeningPorts!;

        var mine = Assert.Single(ports, p => p.Protocol == "tcp" && p.Port == tcpPort);
        Assert.Equal("127.0.0.1", mine.Address);
        Assert.Equal(File.ReadAllText($"/proc/{Environment.ProcessId}/comm").Trim(), mine.Process);
        Assert.Contains(ports, p => p.Protocol == "udp" && p.Port == udpPort && p.Address == "127.0.0.1");
    }

    [Theory]
    [InlineData("0100007F", "127.0.0.1")]
    [InlineData("00000000", "0.0.0.0")]
    [InlineData("00000000000000000000000001000000", "::1")]
    [InlineData("0000000000000000FFFF00000100007F", "::ffff:127.0.0.1")]
    [InlineData("zz", null)]
    public void Proc_net_addresses_decode(string hex, string? expected) => Assert.Equal(expected, LinuxListeningSockets.DecodeAddress(hex));

    /// <summary>DMI, EFI, TPM and ClamAV are absent here; a prepared tree stands in for a real PC.</summary>
    [Fact]
    public void Firmware_identity_and_clamav_from_a_prepared_tree()
    {
        using var root = new TempDirectory();
        void Write(string path, string text) { Directory.CreateDirectory(Path.GetDirectoryName(root.Combine(path))!); File.WriteAllText(root.Combine(path), text); }
        void WriteBytes(string path, byte[] bytes) { Directory.CreateDirectory(Path.GetDirectoryName(root.Combine(path))!); File.WriteAllBytes(root.Combine(path), bytes); }
        Write("etc/os-release", "NAME=\"Ubuntu\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nVERSION_ID=\"22.04\"\n");
        Write("sys/class/dmi/id/product_uuid", "4c4c4544-0042-3510-8052-b4c04f4e3132\n");
        Write("sys/class/dmi/id/product_serial", "To Be Filled By O.E.M.\n");
        Write("sys/class/dmi/id/sys_vendor", "Dell Inc.\n");
        Write("sys/class/dmi/id/product_name", "OptiPlex 3020\n");
        WriteBytes("sys/firmware/efi/efivars/SecureBoot-8be4df61-93ca-11d2-aa0d-00e098032b8c", [0x06, 0, 0, 0, 1]);
        Write("sys/class/tpm/tpm0/tpm_version_major", "2\n");
        Write("usr/bin/freshclam", "");
        Write("proc/321/comm", "clamd\n");
        Write("proc/322/comm", "freshclam\n");
        var header = Encoding.ASCII.GetBytes("ClamAV-VDB:03 Mar 2024 08:23 +0000:27203:2055000:90:0123456789abcdef0123456789abcdef:sig:raynman:1709454180").Concat(new byte[100]).ToArray();
        WriteBytes("var/lib/clamav/daily.cld", header);
        Write("usr/sbin/smbd", "");
        Write("etc/samba/smb.conf", "[global]\n   server min protocol = NT1\n[share]\n   min protocol = SMB3\n");

        var inventory = new LinuxCollector(new ManualClock(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero)), root.Path, runCommands: false).Collect();

        Assert.Equal(("Ubuntu", "22.04.4 LTS (Jammy Jellyfish)"), (inventory.Os!.Name, inventory.Os.Version));
        Assert.Equal(("4C4C4544-0042-3510-8052-B4C04F4E3132", null, "Dell Inc.", "OptiPlex 3020"), (inventory.SmbiosUuid, inventory.SerialNumber, inventory.Manufacturer, inventory.Model));
        Assert.Equal((true, true, "2.0"), (inventory.Uefi, inventory.SecureBoot, inventory.TpmVersion));
        var clam = Assert.Single(inventory.SecurityProducts!);
        Assert.Equal(("ClamAV", true, false, true, "27203"), (clam.Name, clam.Enabled, clam.RealTimeProtection, clam.SignaturesUpToDate, clam.SignatureVersion));
        Assert.Equal(new DateTime(2024, 3, 3, 8, 23, 0, DateTimeKind.Utc), clam.SignatureDate);
        Assert.Null(clam.LastScanAt);
        Assert.True(inventory.Smb1ServerEnabled);
    }

    [Fact]
    public void A_machine_without_clamav_reports_an_empty_list_not_null()
    {
        Assert.False(File.Exists("/usr/bin/freshclam"));
        Assert.Equal([], Inventory.SecurityProducts);
        Assert.Equal(Directory.Exists("/sys/firmware/efi"), Inventory.Uefi);
    }
}
