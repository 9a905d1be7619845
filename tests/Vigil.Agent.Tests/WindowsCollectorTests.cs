using Vigil.Agent.Collection.Windows;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>The Windows collector fed with recorded WMI/registry outputs (tests/fixtures/windows-wmi).</summary>
public class WindowsCollectorTests
{
    private static readonly DateTime Now = new(2024, 3, 5, 0, 0, 0, DateTimeKind.Utc);

    private static Contracts.Agent.AgentInventoryDto Collect(IWindowsSource source) => new WindowsCollector(source, new ManualClock(Now)).Collect();

    [Fact]
    public void Identity_os_and_hardware_come_from_the_recorded_classes()
    {
        var inventory = Collect(RecordedWindows.Source());

        Assert.Equal(("HPFIREFLY16P", "WORKGROUP", @"AzureAD\DavidSegura"), (inventory.Hostname, inventory.Domain, inventory.Owner));
        Assert.Equal(("HP", "HP ZBook Firefly 16 inch G10 Mobile Workstation PC", "5CG3281NM4"), (inventory.Manufacturer, inventory.Model, inventory.SerialNumber));
        Assert.Equal("5A1C7E2B-8D3F-4B6A-9E21-0C4D8F7A3B19", inventory.SmbiosUuid);
        var os = inventory.Os!;
        Assert.Equal(("windows", "Microsoft Windows 11 Pro", "Pro", "10.0.22621", "22621", null, "x64"), (os.Family, os.Name, os.Edition, os.Version, os.Build, os.ServicePack, os.Architecture));
        // 20230727013400.000000-300: 01:34 at UTC−5.
        Assert.Equal(new DateTime(2023, 7, 27, 6, 34, 0, DateTimeKind.Utc), os.InstalledAt);
        Assert.Equal(("13th Gen Intel(R) Core(TM) i7-1370P", 14, 64720L), (inventory.CpuModel, inventory.CpuCores, inventory.RamMb));
        Assert.Equal(["Samsung SSD 990 PRO 2TB ssd 2000", "ST1000DM010-2EP102 hdd 1000"], inventory.Disks!.Select(d => $"{d.Model} {d.Kind} {d.SizeGb}"));
        Assert.Equal(("2.0", true, true), (inventory.TpmVersion, inventory.Uefi, inventory.SecureBoot));
        var nic = Assert.Single(inventory.NetworkInterfaces!);
        Assert.Equal("8C:17:59:3A:B2:C4", nic.MacAddress);
        Assert.Equal(["192.168.1.23", "fe80::4a1:2f3b:9c8d:7e6f"], nic.IpAddresses);
    }

    [Fact]
    public void Security_updates_smb_ports_and_programs_come_from_the_recorded_classes_and_registry()
    {
        var inventory = Collect(RecordedWindows.Source());

        var defender = Assert.Single(inventory.SecurityProducts!);
        Assert.Equal(("Windows Defender", "Microsoft", "antimalware", "4.18.24010.12"), (defender.Name, defender.Vendor, defender.Kind, defender.Version));
        Assert.Equal((true, true, true), (defender.Enabled, defender.RealTimeProtection, defender.SignaturesUpToDate));
        Assert.Equal(("1.405.542.0", new DateTime(2024, 3, 4, 3, 12, 33, DateTimeKind.Utc)), (defender.SignatureVersion, defender.SignatureDate));
        Assert.Equal(new DateTime(2024, 3, 2, 19, 15, 2, DateTimeKind.Utc), defender.LastScanAt);
        Assert.Equal(["KB5034466", "KB5034765", "KB5011048"], inventory.Hotfixes);
        Assert.False(inventory.Smb1ServerEnabled);
        Assert.Equal(["tcp 0.0.0.0:135", "tcp 0.0.0.0:445", "udp 0.0.0.0:137"], inventory.ListeningPorts!.Select(p => $"{p.Protocol} {p.Address}:{p.Port}"));
        // The hidden Office component and the VC++ update (ParentKeyName) are not programs of their own.
        Assert.Equal(["7-Zip 23.01 (x64) 23.01 Igor Pavlov", "Bkav Endpoint 6.0.1.12 Bkav Corporation"], inventory.Software!.Select(s => $"{s.Name} {s.Version} {s.Publisher}"));
    }

    [Fact]
    public void Without_msft_physical_disk_win32_diskdrive_is_used_and_the_model_tells_ssd()
    {
        var inventory = Collect(RecordedWindows.Source(except: "MSFT_PhysicalDisk_handwritten"));

        var disk = Assert.Single(inventory.Disks!);
        Assert.Equal(("Samsung SSD 990 PRO 2TB", "ssd", 2000L), (disk.Model, disk.Kind, disk.SizeGb));
    }

    [Theory]
    [InlineData("AntiVirusProduct_get-ciminstance_output", true, true)]
    [InlineData("AntiVirusProduct_wmic_output", null, null)]
    public void Security_center_samples_are_read_from_both_recordings(string file, bool? enabled, bool? upToDate)
    {
        var source = new RecordedWindowsSource().Add(file, RecordedWindows.Text(file + ".txt"));

        var product = Assert.Single(Collect(source).SecurityProducts!);

        Assert.Equal(("Windows Defender", enabled, upToDate), (product.Name, product.Enabled, product.SignaturesUpToDate));
    }

    [Theory]
    [InlineData(397568, true, true)] // 0x061100 Defender on, up to date (the recorded sample)
    [InlineData(393472, false, true)] // 0x060100 off
    [InlineData(397584, true, false)] // 0x061110 on, signatures out of date
    [InlineData(266240, true, true)] // 0x041000 a third-party product, on
    public void Product_state_bits_decode(long state, bool enabled, bool upToDate)
    {
        Assert.Equal((enabled, upToDate), WindowsCollector.DecodeProductState(state));
    }

    [Theory]
    [InlineData("20230727013400.000000-300", "2023-07-27T06:34:00")]
    [InlineData("20240304101233.000000+420", "2024-03-04T03:12:33")]
    [InlineData("20240304101233.500000+000", "2024-03-04T10:12:33.5")]
    [InlineData("2024-03-04T10:12:33Z", "2024-03-04T10:12:33")]
    [InlineData("7/27/2023 1:34:00 AM", null)]
    [InlineData("", null)]
    public void Cim_datetimes_parse_to_utc(string text, string? expected)
    {
        Assert.Equal(expected is null ? null : DateTime.SpecifyKind(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), CimDateTime.Parse(text));
    }

    [Fact]
    public void Missing_classes_leave_facts_null_instead_of_failing()
    {
        var inventory = Collect(new RecordedWindowsSource());

        Assert.Null(inventory.Os);
        Assert.Null(inventory.SecurityProducts);
        Assert.Null(inventory.Software);
        Assert.Null(inventory.TpmVersion);
    }
}
