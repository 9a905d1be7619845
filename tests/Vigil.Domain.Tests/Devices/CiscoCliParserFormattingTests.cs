using System.Text;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>How people paste: CRLF, tabs, trailing spaces, pager remnants, prompts, several outputs, other commands.</summary>
public class CiscoCliParserFormattingTests
{
    public static TheoryData<int> SampleIndexes() => new(Enumerable.Range(0, CiscoFixtures.AllSamples().Count));

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Crlf_tabs_trailing_spaces_and_pager_remnants_change_nothing(int index)
    {
        var text = CiscoFixtures.AllSamples()[index];
        var plain = Summary(CiscoFixtures.Parse(text));
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        var crlf = string.Join("\r\n", lines);
        var trailing = string.Join("\n", lines.Select(l => l + " \t  "));
        var paged = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            // IOS erases "--More--" with backspaces; ASA prints "<--- More --->" on a line of its own and redraws with CR.
            paged.Append(i % 23 == 22 ? " --More-- " + new string('\b', 10) + new string(' ', 10) + new string('\b', 10) : "")
                .Append(lines[i]).Append('\n');
            if (i % 31 == 30)
            {
                paged.Append("<--- More --->\r              \r\n");
            }
        }

        Assert.Equal(plain, Summary(CiscoFixtures.Parse(crlf)));
        Assert.Equal(plain, Summary(CiscoFixtures.Parse(trailing)));
        Assert.Equal(plain, Summary(CiscoFixtures.Parse(paged.ToString())));
        Assert.Equal(plain, Summary(CiscoFixtures.Parse("\uFEFF" + text)));
    }

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void The_same_output_pasted_twice_is_one_device(int index)
    {
        var text = CiscoFixtures.AllSamples()[index];

        Assert.Equal(Summary(CiscoFixtures.Parse(text)), Summary(CiscoFixtures.Parse(text + "\n" + text)));
    }

    [Fact]
    public void Prompts_name_the_commands_and_other_commands_are_not_read()
    {
        var text = """
            Switch#show running-config | include hostname
            hostname Switch
            Switch uptime is 3 days
            Switch#sh ver
            Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE SOFTWARE (fc2)
            Switch uptime is 1 week, 2 days, 3 hours, 4 minutes
            System image file is "flash:c2960x-universalk9-mz.152-7.E4.bin"
            cisco WS-C2960X-24TS-L (APM86XXX) processor (revision B0) with 524288K bytes of memory.
            Processor board ID FOC1234X0YZ
            Switch#
            """;

        var facts = CiscoFixtures.Parse(text);

        Assert.Equal(("Switch", "1 week, 2 days, 3 hours, 4 minutes", "WS-C2960X-24TS-L"), (facts.Hostname, facts.UptimeText, facts.Model));
        Assert.Equal([new CliCommandOutput("show version", 4)], facts.Commands);
        var warning = Assert.Single(facts.Warnings);
        Assert.Equal((1, DeviceParseCodes.CommandIgnored), (warning.Line, warning.Code));
    }

    [Fact]
    public void Hostname_falls_back_to_the_prompt()
    {
        var facts = CiscoFixtures.Parse("""
            asa-dr# show inventory
            Name: "Chassis", DESCR: "ASA 5506-X with FirePOWER services, 8GE, AC, DC"
            PID: ASA5506           , VID: V06     , SN: JMX2110X0AB
            """);

        Assert.Equal(("asa-dr", "ASA5506", "JMX2110X0AB", "firewall"), (facts.Hostname, facts.Model, facts.Serial, facts.Kind));
        Assert.Contains(facts.Warnings, w => w.Code == DeviceParseCodes.HostnameFromPrompt);
    }

    [Fact]
    public void Old_ios_12_1_banner_is_read()
    {
        var facts = CiscoFixtures.Parse("""
            Cisco Internetwork Operating System Software
            IOS (tm) C2950 Software (C2950-I6Q4L2-M), Version 12.1(22)EA14, RELEASE SOFTWARE (fc1)
            Copyright (c) 1986-2010 by cisco Systems, Inc.
            sw-old uptime is 5 years, 2 weeks
            System image file is "flash:/c2950-i6q4l2-mz.121-22.EA14.bin"
            cisco WS-C2950T-24 (RC32300) processor (revision R0) with 19959K bytes of memory.
            Processor board ID FOC0923W0AB
            Configuration register is 0xF
            """);

        Assert.Equal((CiscoOsFamily.Ios, "12.1(22)EA14", "WS-C2950T-24", "switch", "sw-old"), (facts.OsFamily, facts.Version!.Normalized, facts.Model, facts.Kind, facts.Hostname));
        Assert.Equal(TimeSpan.FromDays(5 * 365 + 14), facts.Uptime);
    }

    private static string Summary(DeviceFacts f) =>
        string.Join("|", f.Kind, f.OsFamilyCode, f.VersionText, f.Version?.Normalized, f.Model, f.Serial, f.Hostname, f.UptimeText, f.Uptime, f.Image,
            f.SoftwareImage, f.LastReloadReason, f.ConfigRegister, f.ManagementAddress,
            string.Join(";", f.Modules.Select(m => $"{m.Name}/{m.Description}/{m.ProductId}/{m.VersionId}/{m.Serial}/{m.IsChassis}")),
            string.Join(";", f.Warnings.Select(w => w.Code)));
}
