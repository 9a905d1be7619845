using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Domain.Tests.Inventory.Ocs;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>What real inventories report, mapped to the entry that decides its support.</summary>
public class OsLifecycleFindTests
{
    private static readonly OsLifecycleCatalog Catalog = OsLifecycleCatalog.Default;

    [Theory]
    [InlineData(OcsFixtures.Windows7, "windows-7", "2020-01-14")]
    [InlineData(OcsFixtures.Windows10, "windows-10-22h2", "2025-10-14")]
    [InlineData(OcsFixtures.WindowsXp, "windows-xp", "2014-04-08")]
    [InlineData(OcsFixtures.Debian, "debian-12", "2026-06-10")]
    public void Ocs_fixtures_find_their_release(string fixture, string key, string lastDay)
    {
        var os = OcsFixtures.Report(fixture).Snapshot.Os!;

        var entry = Catalog.Find(os.Family, os.Name, os.Edition, os.Version, os.Build);

        Assert.Equal(key, entry?.Key);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), entry!.EndOfSupport);
    }

    [Fact]
    public void Wmi_capture_of_a_windows_11_22h2_pro_finds_the_consumer_22h2_entry()
    {
        const string file = "Win32_OperatingSystem_select_all.txt";
        var caption = LifecycleFixtures.Wmi(file, "Caption");

        var entry = Catalog.Find(OsFamily.Windows, caption, "Pro", LifecycleFixtures.Wmi(file, "Version"), LifecycleFixtures.Wmi(file, "BuildNumber"));

        Assert.Equal(("Microsoft Windows 11 Pro", "windows-11-22h2-consumer", new DateOnly(2024, 10, 8)), (caption, entry?.Key, entry?.EndOfSupport));
    }

    [Theory]
    // LTSC beats the general channel of the same build; IoT LTSC beats Enterprise LTSC.
    [InlineData("Microsoft Windows 10 Enterprise LTSC", "Enterprise LTSC", "10.0.17763", "17763", "windows-10-ltsc-2019", "2029-01-09")]
    [InlineData("Microsoft Windows 10 Enterprise", "Enterprise", "10.0.17763", "17763", "windows-10-1809-enterprise", "2021-05-11")]
    [InlineData("Microsoft Windows 10 Pro", "Pro", "10.0.17763", "17763", "windows-10-1809-consumer", "2020-11-10")]
    [InlineData("Microsoft Windows 10 Enterprise LTSC", "Enterprise LTSC", "10.0.19044", "19044", "windows-10-ltsc-2021", "2027-01-12")]
    [InlineData("Microsoft Windows 10 IoT Enterprise LTSC", "IoT Enterprise LTSC", "10.0.19044", "19044", "windows-10-iot-ltsc-2021", "2032-01-13")]
    [InlineData("Microsoft Windows 10 Enterprise 2016 LTSB", "Enterprise 2016 LTSB", "10.0.14393", "14393", "windows-10-ltsb-2016", "2026-10-13")]
    [InlineData("Microsoft Windows 10 Enterprise 2015 LTSB", "Enterprise 2015 LTSB", "10.0.10240", "10240", "windows-10-ltsb-2015", "2025-10-14")]
    [InlineData("Microsoft Windows 11 Enterprise LTSC", "Enterprise LTSC", "10.0.26100", "26100", "windows-11-ltsc-2024", "2029-10-09")]
    [InlineData("Microsoft Windows 11 IoT Enterprise LTSC", "IoT Enterprise LTSC", "10.0.26100", "26100", "windows-11-iot-ltsc-2024", "2034-10-10")]
    // An "LTSC" name on a build that never had an LTSC release falls back to the general channel.
    [InlineData("Microsoft Windows 10 Enterprise LTSC", "Enterprise LTSC", "10.0.19045", "19045", "windows-10-22h2", "2025-10-14")]
    // The edition decides; when it cannot be told, the earlier (consumer) end.
    [InlineData("Microsoft Windows 10 Enterprise", "Enterprise", "10.0.19044", "19044", "windows-10-21h2-enterprise", "2024-06-11")]
    [InlineData("Microsoft Windows 10 Education", "Education", "10.0.19044", "19044", "windows-10-21h2-enterprise", "2024-06-11")]
    [InlineData("Microsoft Windows 10 Pro", "Pro", "10.0.19044", "19044", "windows-10-21h2-consumer", "2023-06-13")]
    [InlineData("Microsoft Windows 10 Pro Education", "Pro Education", "10.0.19044", "19044", "windows-10-21h2-consumer", "2023-06-13")]
    [InlineData("Microsoft Windows 10 Home Single Language", null, "10.0.19044", "19044", "windows-10-21h2-consumer", "2023-06-13")]
    [InlineData("Windows 10", null, "10.0.19044", null, "windows-10-21h2-consumer", "2023-06-13")]
    [InlineData("Microsoft Windows 11 Enterprise", "Enterprise", "10.0.22631", "22631", "windows-11-23h2-enterprise", "2026-11-10")]
    [InlineData("Microsoft Windows 11 Pro", "Pro", "10.0.22631", "22631.3880", "windows-11-23h2-consumer", "2025-11-11")]
    [InlineData("", null, "10.0.26100", null, "windows-11-24h2-consumer", "2026-10-13")]
    // Windows 10 without a build is judged by its last feature update.
    [InlineData("Windows 10 Pro", null, null, null, "windows-10", "2025-10-14")]
    [InlineData("Microsoft Windows 10 Enterprise LTSC", null, "1809", null, "windows-10", "2025-10-14")]
    // Older Windows: one entry per release; Server 2008 and 2008 R2 are told apart by name, even with WMI's ® marks.
    [InlineData("Microsoft Windows 7 Professional ", "Professional", "6.1.7601", "7601", "windows-7", "2020-01-14")]
    [InlineData("Microsoft Windows 7 Ultimate", null, "6.1.7600", "7600", "windows-7", "2020-01-14")]
    [InlineData("Windows Embedded Standard", "Embedded Standard", "6.1.7601", "7601", "windows-embedded-standard-7", "2020-10-13")]
    [InlineData("Windows Embedded POSReady 7", null, "6.1.7601", "7601", "windows-embedded-posready-7", "2021-10-12")]
    [InlineData("Microsoft Windows 8.1 Pro", "Pro", "6.3.9600", "9600", "windows-8.1", "2023-01-10")]
    [InlineData("Windows Embedded 8.1 Industry Pro", null, "6.3.9600", "9600", "windows-embedded-8.1-industry", "2023-07-11")]
    [InlineData("Microsoft Windows 8 Pro", "Pro", "6.2.9200", "9200", "windows-8", "2016-01-12")]
    [InlineData("Microsoft Windows Server 2008 R2 Standard ", "Standard", "6.1.7601", "7601", "windows-server-2008-r2", "2020-01-14")]
    [InlineData("Microsoft® Windows Server® 2008 Standard ", null, "6.0.6003", "6003", "windows-server-2008", "2020-01-14")]
    [InlineData("Microsoft Windows Server 2003 R2 Standard Edition", null, "5.2.3790", "3790", "windows-server-2003-r2", "2015-07-14")]
    [InlineData("Microsoft Windows Server 2012 R2 Datacenter", null, "6.3.9600", "9600", "windows-server-2012-r2", "2023-10-10")]
    [InlineData("Microsoft Windows Server 2016 Standard", null, "10.0.14393", "14393", "windows-server-2016", "2027-01-12")]
    [InlineData("Microsoft Windows Server 2019 Datacenter", null, "10.0.17763", "17763", "windows-server-2019", "2029-01-09")]
    [InlineData("Microsoft Windows Server 2022 Standard", null, "10.0.20348", "20348", "windows-server-2022", "2031-10-14")]
    [InlineData("Microsoft Windows XP Professional", null, "5.1.2600", "2600", "windows-xp", "2014-04-08")]
    [InlineData("Microsoft® Windows Vista™ Business", null, "6.0.6002", "6002", "windows-vista", "2017-04-11")]
    public void Windows_names_builds_and_editions_find_their_entry(string name, string? edition, string? version, string? build, string key, string lastDay)
    {
        var entry = Catalog.Find(OsFamily.Windows, name, edition, version, build);

        Assert.Equal(key, entry?.Key);
        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), entry!.EndOfSupport);
    }

    [Theory]
    [InlineData("Ubuntu 22.04.4 LTS", null, "22.04", "ubuntu-22.04")]
    [InlineData("Ubuntu", null, "22.04.4 LTS (Jammy Jellyfish)", "ubuntu-22.04")]
    [InlineData("Ubuntu 23.10", null, null, "ubuntu-23.10")]
    [InlineData("Ubuntu 20.04.6 LTS", "server", "20.04", "ubuntu-20.04")]
    [InlineData("Debian GNU/Linux 12 (bookworm)", null, "12.11", "debian-12")]
    [InlineData("Debian GNU/Linux", null, "11 (bullseye)", "debian-11")]
    [InlineData("Red Hat Enterprise Linux 8.9", null, null, "rhel-8")]
    [InlineData("Red Hat Enterprise Linux", null, "8.9 (Ootpa)", "rhel-8")]
    [InlineData("Red Hat Enterprise Linux Server release 7.9 (Maipo)", null, null, "rhel-7")]
    [InlineData("CentOS Linux 7 (Core)", null, null, "centos-7")]
    [InlineData("CentOS Linux release 7.9.2009 (Core)", null, null, "centos-7")]
    [InlineData("CentOS Stream", null, "9", "centos-stream-9")]
    [InlineData("Rocky Linux 9.3 (Blue Onyx)", null, null, "rocky-9")]
    [InlineData("AlmaLinux", null, "9.3 (Shamrock Pampas Cat)", "almalinux-9")]
    [InlineData("SLES", null, "15-SP5", "sles-15.5")]
    [InlineData("SUSE Linux Enterprise Server 15 SP4", null, null, "sles-15.4")]
    [InlineData("SUSE Linux Enterprise Server 12 SP5", null, null, "sles-12.5")]
    // No service pack: any 15.x could be meant, so the earliest end (15 GA) is taken.
    [InlineData("SUSE Linux Enterprise Server 15", null, null, "sles-15")]
    [InlineData("openSUSE Leap", null, "15.5", "opensuse-leap-15.5")]
    public void Linux_names_and_versions_find_their_release(string name, string? edition, string? version, string key)
    {
        var entry = Catalog.Find(OsFamily.Linux, name, edition, version, "6.1.0-18-amd64");

        Assert.Equal(key, entry?.Key);
    }

    [Theory]
    [InlineData(OsFamily.Windows, "Microsoft Windows 11 Pro", null, null)]
    [InlineData(OsFamily.Windows, "Microsoft Windows 11 Pro", "10.0.19045", "19045")]
    [InlineData(OsFamily.Windows, "Windows Server Datacenter", "10.0.17763", "17763")]
    [InlineData(OsFamily.Windows, "Windows 95", null, null)]
    [InlineData(OsFamily.Windows, null, null, null)]
    [InlineData(OsFamily.Linux, "openSUSE Tumbleweed", "20240101", null)]
    [InlineData(OsFamily.Linux, "Fedora Linux 39 (Workstation Edition)", "39", null)]
    [InlineData(OsFamily.Linux, "Ubuntu", null, null)]
    [InlineData(OsFamily.Linux, "Ubuntu 9.04", null, null)]
    [InlineData(OsFamily.MacOs, "macOS 14.4", "14.4", null)]
    [InlineData(OsFamily.Unknown, null, null, null)]
    public void What_the_catalog_cannot_tell_is_null(OsFamily family, string? name, string? version, string? build) =>
        Assert.Null(Catalog.Find(family, name, null, version, build));

    [Fact]
    public void Repeated_lookups_return_the_same_entry() =>
        Assert.Same(
            Catalog.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", "Pro", "10.0.19045", "19045"),
            Catalog.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", "Pro", "10.0.19045", "19045"));
}
