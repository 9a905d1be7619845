using System.Globalization;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>The hand-written samples (trains and formats the recorded set lacks) against their .expected.yml.</summary>
public class CiscoCliParserSampleTests
{
    public static TheoryData<string> Samples() => new(CiscoFixtures.Files("handwritten", "*.txt"));

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_gives_the_expected_values(string file)
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("handwritten", file)));
        var expected = CiscoFixtures.Yaml(Path.Combine("handwritten", Path.ChangeExtension(file, ".expected.yml")));

        var actual = new Dictionary<string, object?>
        {
            ["kind"] = facts.Kind,
            ["os"] = facts.OsFamilyCode,
            ["version"] = facts.VersionText,
            ["versionNormalized"] = facts.Version?.Normalized,
            ["model"] = facts.Model,
            ["serial"] = facts.Serial,
            ["hostname"] = facts.Hostname,
            ["managementAddress"] = facts.ManagementAddress,
            ["uptime"] = facts.UptimeText,
            ["uptimeSeconds"] = facts.Uptime is { } up ? ((long)up.TotalSeconds).ToString(CultureInfo.InvariantCulture) : null,
            ["image"] = facts.Image,
            ["softwareImage"] = facts.SoftwareImage,
            ["lastReloadReason"] = facts.LastReloadReason,
            ["configRegister"] = facts.ConfigRegister,
            ["modules"] = facts.Modules.Count.ToString(CultureInfo.InvariantCulture),
            ["warnings"] = string.Join(",", facts.Warnings.Select(w => w.Code)),
            ["commands"] = string.Join(",", facts.Commands.Select(c => $"{c.Command}@{c.Line}")),
        };
        var wanted = expected.ToDictionary(kv => kv.Key, kv => kv.Value is List<object> list ? string.Join(",", list) : (string?)kv.Value);

        Assert.Equal(wanted.Keys.Order(), actual.Keys.Order());
        foreach (var (key, value) in wanted)
        {
            Assert.True(Equals(value, actual[key]), $"{file} {key}: expected '{value}', got '{actual[key]}'");
        }
    }

    [Fact]
    public void Show_version_and_show_inventory_pasted_together_fill_each_other()
    {
        var version = CiscoFixtures.Read(Path.Combine("handwritten", "isr4331-16.9.txt"));
        var inventory = CiscoFixtures.Read(Path.Combine("handwritten", "isr4331-inventory.txt"));

        var facts = CiscoFixtures.Parse(version + inventory);

        Assert.Equal(("ISR4331/K9", "FDO21520TGH", "RTR-HN-01", "16.9.6"), (facts.Model, facts.Serial, facts.Hostname, facts.Version!.Normalized));
        Assert.Equal(8, facts.Modules.Count);
        Assert.Equal(("Chassis", true), (facts.Modules[0].Name, facts.Modules[0].IsChassis));
        Assert.Equal(["show version", "show inventory"], facts.Commands.Select(c => c.Command));
        Assert.Empty(facts.Warnings);
    }

    [Fact]
    public void Stack_members_come_from_show_version_once_even_with_show_inventory()
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("handwritten", "c9300-17.9-stack.txt")));

        Assert.Equal(7, facts.Modules.Count);
        Assert.Single(facts.Modules, m => m.Serial == "FOC2318U1CD" && m.Name == "Switch 2");
        Assert.Equal(("c93xx Stack", true), (facts.Modules[0].Name, facts.Modules[0].IsChassis));
    }

    [Fact]
    public void Stack_members_without_show_inventory_are_modules()
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("handwritten", "c3750-12.2-55-SE9-stack.txt")));

        var member = Assert.Single(facts.Modules);
        Assert.Equal(("Switch 2", "WS-C3750G-24TS-S1U", "FOC1235W0CD", false), (member.Name, member.ProductId, member.Serial, member.IsChassis));
        var warning = Assert.Single(facts.Warnings);
        Assert.Equal((DeviceParseCodes.StackVersionsDiffer, 55), (warning.Code, warning.Line));
        Assert.Contains("12.2(55)SE8, 12.2(55)SE9", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wlc_takes_model_and_serial_from_its_inventory_and_the_address_from_sysinfo()
    {
        var facts = CiscoFixtures.Parse(CiscoFixtures.Read(Path.Combine("handwritten", "wlc5520-8.10.txt")));

        Assert.Equal(("wireless", "AIR-CT5520-K9", "FCH2139V1AB", "10.20.0.5", "WLC-HQ"), (facts.Kind, facts.Model, facts.Serial, facts.ManagementAddress, facts.Hostname));
        Assert.Equal(TimeSpan.FromDays(86) + new TimeSpan(4, 12, 40), facts.Uptime);
    }

    [Fact]
    public void Wlc_sysinfo_alone_asks_for_the_inventory()
    {
        var text = CiscoFixtures.Read(Path.Combine("handwritten", "wlc5520-8.10.txt"));
        var facts = CiscoFixtures.Parse(text[..text.IndexOf("(WLC-HQ) >show inventory", StringComparison.Ordinal)]);

        Assert.Equal("8.10.151.0", facts.Version!.Normalized);
        Assert.Contains(facts.Warnings, w => w.Code == DeviceParseCodes.ModelMissing && w.Message.Contains("show inventory", StringComparison.Ordinal));
        Assert.Contains(facts.Warnings, w => w.Code == DeviceParseCodes.SerialMissing);
    }
}
