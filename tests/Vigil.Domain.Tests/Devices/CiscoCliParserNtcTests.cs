using Vigil.Domain.Devices;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Tests.Devices;

/// <summary>
/// The recorded ntc-templates samples against the values TextFSM extracted from them. Where Vigil deliberately reads
/// more than the template, the test says so: the firmware version of IOS XE 3.x (the XE version, not the IOS daemon's),
/// the full image path (device prefix kept), and NX-OS's running system image rather than the kickstart.
/// </summary>
public class CiscoCliParserNtcTests
{
    public static TheoryData<string> IosSamples() => new(CiscoFixtures.Files("ntc", "cisco_ios_show_version*.raw"));

    public static TheoryData<string> NxOsSamples() => new(CiscoFixtures.Files("ntc", "cisco_nxos_show_version*.raw"));

    public static TheoryData<string> AsaSamples() => new(CiscoFixtures.Files("ntc", "cisco_asa_show_version*.raw"));

    [Theory]
    [MemberData(nameof(IosSamples))]
    public void Ios_show_version_matches_the_template(string file)
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("ntc", file)));
        var expected = CiscoFixtures.NtcRecords(Path.Combine("ntc", Path.ChangeExtension(file, ".yml")))[0];
        string S(string key) => (string)expected[key];

        Assert.Equal(S("hostname"), facts.Hostname);
        Assert.Equal(S("uptime"), facts.UptimeText);
        Assert.Equal(NullIfEmpty(S("config_register")), facts.ConfigRegister);
        Assert.Equal(S("reload_reason"), facts.LastReloadReason);
        Assert.Equal(S("software_image"), facts.SoftwareImage);
        Assert.EndsWith(S("running_image"), facts.Image, StringComparison.Ordinal);
        var hardware = ((List<object>)expected["hardware"]).Cast<string>().ToList();
        var serials = ((List<object>)expected["serial"]).Cast<string>().ToList();
        Assert.Equal(hardware[0], facts.Model);
        Assert.Equal(serials[0], facts.Serial);
        Assert.Equal(hardware.Count - 1, facts.Modules.Count(m => m.Description == "Stack member"));
        Assert.Equal(serials.Skip(1), facts.Modules.Where(m => m.Description == "Stack member").Select(m => m.Serial!));

        var parts = new[] { ("uptime_years", 365 * 86_400L), ("uptime_weeks", 7 * 86_400L), ("uptime_days", 86_400L), ("uptime_hours", 3_600L), ("uptime_minutes", 60L) };
        var seconds = parts.Sum(p => S(p.Item1) is { Length: > 0 } n ? long.Parse(n) * p.Item2 : 0);
        Assert.Equal(TimeSpan.FromSeconds(seconds), facts.Uptime);

        Assert.NotNull(facts.Version);
        if (file == "cisco_ios_show_version2.raw")
        {
            // ASR 1001 on IOS XE 3.9.1S: the template takes the IOS daemon's 15.3(2)S1.
            Assert.Equal(("03.09.01.S", "3.9.1S", CiscoOsFamily.IosXe), (facts.VersionText, facts.Version.Normalized, facts.OsFamily));
        }
        else
        {
            Assert.Equal(CiscoVersion.Parse(facts.OsFamily, S("version")).Value, facts.Version);
        }
    }

    [Theory]
    [MemberData(nameof(NxOsSamples))]
    public void Nxos_show_version_matches_the_template(string file)
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("ntc", file)));
        var expected = CiscoFixtures.NtcRecords(Path.Combine("ntc", Path.ChangeExtension(file, ".yml")))[0];
        string S(string key) => (string)expected[key];

        Assert.Equal(CiscoOsFamily.NxOs, facts.OsFamily);
        Assert.Equal(S("hostname"), facts.Hostname);
        Assert.Equal(S("last_reboot_reason"), facts.LastReloadReason);
        Assert.Equal(S("os").Split(" [build")[0], facts.VersionText);
        Assert.NotNull(facts.Version);
        Assert.Equal(S("serial"), facts.Serial);
        Assert.Equal(S("uptime"), facts.UptimeText);
        Assert.NotNull(facts.Uptime);
        Assert.EndsWith(S("platform"), facts.Model, StringComparison.Ordinal);
        Assert.Equal(NetworkDeviceKinds.Switch, facts.Kind);
        if (file is "cisco_nxos_show_version.raw" or "cisco_nxos_show_version1.raw")
        {
            Assert.Equal(S("boot_image"), facts.Image);
        }
        else
        {
            Assert.Equal(S("boot_image").Replace("-kickstart", "", StringComparison.Ordinal), facts.Image);
        }
    }

    [Theory]
    [MemberData(nameof(AsaSamples))]
    public void Asa_show_version_matches_the_template(string file)
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("ntc", file)));
        var expected = CiscoFixtures.NtcRecords(Path.Combine("ntc", Path.ChangeExtension(file, ".yml")))[0];
        string S(string key) => (string)expected[key];

        Assert.Equal((CiscoOsFamily.Asa, NetworkDeviceKinds.Firewall), (facts.OsFamily, facts.Kind));
        Assert.Equal(S("version"), facts.VersionText);
        Assert.Equal(S("version"), facts.Version!.Normalized);
        Assert.Equal(S("hostname"), facts.Hostname);
        Assert.Equal(S("uptime"), facts.UptimeText);
        Assert.Equal(NullIfEmpty(S("image")), facts.Image);
        Assert.Equal(NullIfEmpty(S("model")) ?? S("hardware"), facts.Model);
        Assert.Equal(((List<object>)expected["serial"]).Cast<string>().FirstOrDefault(), facts.Serial);
    }

    [Fact]
    public void Ios_show_inventory_matches_the_template()
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("ntc", "cisco_ios_show_inventory.raw")));
        var expected = CiscoFixtures.NtcRecords(Path.Combine("ntc", "cisco_ios_show_inventory.yml"));

        Assert.Equal(
            expected.Select(e => ((string)e["name"], (string)e["descr"], NullIfEmpty((string)e["pid"]), NullIfEmpty((string)e["vid"]), NullIfEmpty((string)e["sn"]))),
            facts.Modules.Select(m => (m.Name, m.Description, m.ProductId, m.VersionId, m.Serial)));
        Assert.True(facts.Modules[0].IsChassis);
        Assert.All(facts.Modules.Skip(1), m => Assert.False(m.IsChassis));
        Assert.Equal((CiscoOsFamily.Unknown, null, "FF1045C5"), (facts.OsFamily, facts.Version, facts.Serial));
        Assert.Contains(facts.Warnings, w => w.Code == DeviceParseCodes.NoShowVersion);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
