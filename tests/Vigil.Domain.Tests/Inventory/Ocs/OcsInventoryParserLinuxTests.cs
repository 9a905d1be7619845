using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>The document fusioninventory-agent 2.6 wrote for a Debian 12 virtual machine (recorded, not composed).</summary>
public class OcsInventoryParserLinuxTests
{
    [Fact]
    public void Debian_RecordedAgentOutput_Maps()
    {
        var report = OcsFixtures.Report(OcsFixtures.Debian);
        var s = report.Snapshot;

        Assert.Equal("vm-2026-11-22-01-06-05", report.SourceKey);
        Assert.Equal("LS-LOCBINH", report.UnitHint);
        Assert.Equal("vm", s.Hostname);
        // An empty SSN and no WORKGROUP: "not said", not empty strings.
        Assert.Null(s.SerialNumber);
        Assert.Null(s.Domain);
        // FusionInventory read the banner word of `last` as a user name.
        Assert.Null(s.Owner);
        Assert.Equal(new OsInfo
        {
            Family = OsFamily.Linux,
            Name = "Debian GNU/Linux 12 (bookworm)",
            Version = "12.11",
            Build = "6.18.44-fc-v657",
            Architecture = "x64",
        }, s.Os);
        Assert.Equal("AMD EPYC", s.CpuModel);
        Assert.Equal(2, s.CpuCores);
        Assert.Equal(24105, s.RamMb);
        // 274877 decimal MB of a virtio disk: no model, nothing says SSD or HDD.
        Assert.Equal([new DiskInfo(null, DiskKind.Unknown, 275)], s.Disks!);
        var eth0 = Assert.Single(s.NetworkInterfaces!);
        Assert.Equal(("eth0", "02:FC:00:00:00:01"), (eth0.Name, eth0.MacAddress));
        Assert.Equal(["192.0.2.2", "fd00::2"], eth0.IpAddresses);
        Assert.Equal(920, s.Software!.Count);
        Assert.Contains(new SoftwareItem("fusioninventory-agent", "1:2.6-3", "Debian"), s.Software);
        Assert.Null(s.Hotfixes);
        // No firewalld or ufw running: FusionInventory says FIREWALL/STATUS off.
        var firewall = Assert.Single(s.SecurityProducts!);
        Assert.Equal(("Host firewall", SecurityProductKind.Firewall, (bool?)false), (firewall.Name, firewall.Kind, firewall.Enabled));
    }
}
