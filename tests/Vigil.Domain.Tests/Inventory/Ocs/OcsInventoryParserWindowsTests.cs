using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>Each Windows fixture against the facts written into it (see tests/fixtures/ocs/make-windows-fixtures.py).</summary>
public class OcsInventoryParserWindowsTests
{
    [Fact]
    public void Windows7_FusionInventory_IdentityAndHardware()
    {
        var report = OcsFixtures.Report(OcsFixtures.Windows7);
        var s = report.Snapshot;

        Assert.Equal(InventorySource.Ocs, report.Source);
        Assert.Equal("KT-PC03-2024-05-20-08-14-52", report.SourceKey);
        Assert.Equal("LS-LOCBINH", report.UnitHint);
        Assert.Null(report.UnitId);
        Assert.Equal(OcsFixtures.ReceivedAt, report.ObservedAt);
        Assert.Equal("KT-PC03", s.Hostname);
        Assert.Equal("WORKGROUP", s.Domain);
        Assert.Equal("44454C4C-4300-1035-8052-B2C04F4A4E31", s.SmbiosUuid);
        Assert.Equal("2C5RJ41", s.SerialNumber);
        Assert.Equal("Dell Inc.", s.Manufacturer);
        Assert.Equal("OptiPlex 380", s.Model);
        Assert.Equal("ketoan", s.Owner);
        Assert.Null(s.IsPersonal);
        Assert.Equal("Intel(R) Core(TM)2 Duo CPU E7500 @ 2.93GHz", s.CpuModel);
        Assert.Equal(2, s.CpuCores);
        Assert.Equal(2039, s.RamMb);
        Assert.Equal([new DiskInfo("WDC WD2500AAKX-001CA0 ATA Device", DiskKind.Hdd, 250)], s.Disks!);
        var nic = Assert.Single(s.NetworkInterfaces!);
        Assert.Equal("Broadcom NetLink (TM) Gigabit Ethernet", nic.Name);
        Assert.Equal("00:24:E8:5A:1B:3C", nic.MacAddress);
        Assert.Equal(["192.168.1.23"], nic.IpAddresses);
        Assert.Null(s.TpmVersion);
        Assert.Null(s.Smb1ServerEnabled);
    }

    [Fact]
    public void Windows7_FusionInventory_OperatingSystem()
    {
        var os = OcsFixtures.Report(OcsFixtures.Windows7).Snapshot.Os!;

        Assert.Equal(OsFamily.Windows, os.Family);
        Assert.Equal("Microsoft Windows 7 Professional", os.Name);
        Assert.Equal("Professional", os.Edition);
        Assert.Equal("6.1.7601", os.Version);
        Assert.Equal("7601", os.Build);
        Assert.Equal("Service Pack 1", os.ServicePack);
        Assert.Equal("x86", os.Architecture);
        // 14:21:09 on a machine at +07:00.
        Assert.Equal(new DateTime(2012, 3, 6, 7, 21, 9, DateTimeKind.Utc), os.InstalledAt);
        Assert.Equal(DateTimeKind.Utc, os.InstalledAt!.Value.Kind);
    }

    [Fact]
    public void Windows7_FusionInventory_SoftwareHotfixesAndProtection()
    {
        var s = OcsFixtures.Report(OcsFixtures.Windows7).Snapshot;

        // 295 SOFTWARES: 110 QFE hotfixes (FROM=WMI) and 46 Office/.NET updates become KB numbers; one of the 139
        // programs is listed twice (MSI component and product entry of Office 2010).
        Assert.Equal(138, s.Software!.Count);
        Assert.Equal(156, s.Hotfixes!.Count);
        Assert.Contains("KB4012212", s.Hotfixes);
        Assert.Contains("KB2553347", s.Hotfixes);
        Assert.Contains("KB4087364", s.Hotfixes);
        Assert.All(s.Hotfixes, kb => Assert.Matches("^KB[0-9]{4,8}$", kb));
        Assert.Contains(new SoftwareItem("Microsoft Office Professional Plus 2010", "14.0.7015.1000", "Microsoft Corporation"), s.Software);
        Assert.Contains(new SoftwareItem("Cốc Cốc", "109.0.5414.120", "Công ty TNHH Cốc Cốc"), s.Software);
        Assert.Contains(new SoftwareItem("Canon LBP2900", null, null), s.Software);
        Assert.Contains(new SoftwareItem("MSXML 4.0 SP2 (KB954430)", "4.20.9870.0", "Microsoft Corporation"), s.Software);
        Assert.DoesNotContain(s.Software, p => p.Name.StartsWith("Security Update", StringComparison.Ordinal) || p.Name.StartsWith("KB", StringComparison.Ordinal));

        Assert.Equal(2, s.SecurityProducts!.Count);
        var kaspersky = s.SecurityProducts[0];
        Assert.Equal("Kaspersky Endpoint Security 10 for Windows", kaspersky.Name);
        Assert.Equal("Kaspersky Lab", kaspersky.Vendor);
        Assert.Equal(SecurityProductKind.AntiMalware, kaspersky.Kind);
        Assert.Equal("10.2.6.3733", kaspersky.Version);
        Assert.True(kaspersky.Enabled);
        Assert.True(kaspersky.RealTimeProtection);
        Assert.False(kaspersky.SignaturesUpToDate);
        Assert.Equal("20240415", kaspersky.SignatureVersion);
        Assert.Equal(new DateTime(2024, 4, 14, 17, 0, 0, DateTimeKind.Utc), kaspersky.SignatureDate);
        var firewall = s.SecurityProducts[1];
        Assert.Equal(("Windows Firewall", SecurityProductKind.Firewall, (bool?)false), (firewall.Name, firewall.Kind, firewall.Enabled));
    }

    [Fact]
    public void Windows10_FusionInventory_SsdHddAndDefender()
    {
        var report = OcsFixtures.Report(OcsFixtures.Windows10);
        var s = report.Snapshot;

        Assert.Equal("VP-THUYNT-2021-03-18-09-30-12", report.SourceKey);
        Assert.Equal("ubnd.locbinh.local", s.Domain);
        Assert.Equal("thuy.nt", s.Owner);
        Assert.Equal(new OsInfo
        {
            Family = OsFamily.Windows,
            Name = "Microsoft Windows 10 Pro",
            Edition = "Pro",
            Version = "2009",
            Build = "19045",
            Architecture = "x64",
            InstalledAt = new DateTime(2021, 3, 18, 2, 12, 44, DateTimeKind.Utc),
        }, s.Os);
        Assert.Equal("Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", s.CpuModel);
        Assert.Equal(2, s.CpuCores);
        Assert.Equal(4004, s.RamMb);
        // The USB stick is not one of the machine's disks.
        Assert.Equal(
            [new DiskInfo("KINGSTON SA400S37240G", DiskKind.Ssd, 240), new DiskInfo("ST500DM002-1BD142", DiskKind.Hdd, 500)],
            s.Disks!);
        Assert.Equal("A0:48:1C:7D:2E:55", Assert.Single(s.NetworkInterfaces!).MacAddress);

        // 69 SOFTWARES: 10 QFE hotfixes plus the "Update for Windows 10 … (KB5001716)" uninstall entry.
        Assert.Equal(58, s.Software!.Count);
        Assert.Equal(11, s.Hotfixes!.Count);
        Assert.Contains("KB5034441", s.Hotfixes);
        Assert.Contains("KB5001716", s.Hotfixes);
        Assert.Contains(new SoftwareItem("Microsoft.WindowsCalculator", "11.2210.0.0", "Microsoft Corporation"), s.Software);
        Assert.Contains(new SoftwareItem("Phần mềm quản lý văn bản VNPT-iOffice Desktop", "4.2.1", "VNPT"), s.Software);

        Assert.Equal(["Bkav Endpoint", "Windows Defender", "Windows Firewall"], s.SecurityProducts!.Select(p => p.Name));
        var bkav = s.SecurityProducts![0];
        Assert.Equal((true, true, "5.1.0.7"), (bkav.Enabled, bkav.SignaturesUpToDate, bkav.Version));
        var defender = s.SecurityProducts![1];
        Assert.Equal((false, "1.407.446.0", (DateTime?)null), (defender.Enabled, defender.SignatureVersion, defender.SignatureDate));
        Assert.True(s.SecurityProducts[2].Enabled);
    }

    [Fact]
    public void WindowsXp_OcsAgent_SwappedStorageNamesCoresAndSecurityCenter()
    {
        var report = OcsFixtures.Report(OcsFixtures.WindowsXp);
        var s = report.Snapshot;

        Assert.Equal("VT-PC01-2014-04-09-10-12-33", report.SourceKey);
        Assert.Equal("LS-LOCBINH-MN", report.UnitHint);
        Assert.Equal(("VT-PC01", "WORKGROUP", "5SG1K21", "OptiPlex 330", "vanthu"), (s.Hostname, s.Domain, s.SerialNumber, s.Model, s.Owner));
        Assert.Equal(new OsInfo
        {
            Family = OsFamily.Windows,
            Name = "Microsoft Windows XP Professional",
            Edition = "Professional",
            Version = "5.1.2600",
            Build = "2600",
            ServicePack = "Service Pack 3",
            Architecture = "x86",
        }, s.Os);
        Assert.Equal("Intel(R) Pentium(R) Dual CPU E2180 @ 2.00GHz", s.CpuModel);
        Assert.Equal(2, s.CpuCores);
        Assert.Equal(1015, s.RamMb);
        Assert.Equal([new DiskInfo("ST380815AS", DiskKind.Hdd, 80)], s.Disks!);
        var nic = Assert.Single(s.NetworkInterfaces!);
        Assert.Equal(("00:1E:C9:4A:2B:7D", "192.168.1.45"), (nic.MacAddress, Assert.Single(nic.IpAddresses)));

        Assert.Equal(94, s.Software!.Count);
        Assert.Equal(208, s.Hotfixes!.Count);
        Assert.Contains("KB4012598", s.Hotfixes);
        Assert.Contains("KB958644", s.Hotfixes);
        Assert.Contains("KB951376", s.Hotfixes);
        Assert.Contains("KB2858302", s.Hotfixes);
        Assert.Contains(new SoftwareItem("Microsoft Office Proofing Tools 2007 - Français", "12.0.6612.1000", "Microsoft Corporation"), s.Software);
        Assert.Contains(new SoftwareItem("Windows XP Service Pack 3", "20080414.031525", "Microsoft Corporation"), s.Software);

        Assert.Equal(2, s.SecurityProducts!.Count);
        var av = s.SecurityProducts[0];
        Assert.Equal(("Kaspersky Anti-Virus 6.0 for Windows Workstations MP4", SecurityProductKind.AntiMalware, (bool?)true, (bool?)false),
            (av.Name, av.Kind, av.Enabled, av.SignaturesUpToDate));
        Assert.Equal(("Windows Firewall", SecurityProductKind.Firewall, (bool?)true), (s.SecurityProducts[1].Name, s.SecurityProducts[1].Kind, s.SecurityProducts[1].Enabled));
    }
}
