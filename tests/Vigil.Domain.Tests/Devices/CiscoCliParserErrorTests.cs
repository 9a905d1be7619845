using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>Bad pastes are errors with the line and the reason, never exceptions.</summary>
public class CiscoCliParserErrorTests
{
    private static (string Code, int? Line, string Message) Fail(string text)
    {
        var parsed = CiscoCliParser.Parse(text);
        Assert.False(parsed.IsSuccess, "expected an error");
        return (parsed.Error!.Code, CiscoCliParser.LineOf(parsed.Error), parsed.Error.Message);
    }

    private static (string Code, int Line) Head((string Code, int? Line, string Message) failure) => (failure.Code, failure.Line ?? -1);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t\n")]
    public void Empty_paste(string? text)
    {
        Assert.Equal((DeviceParseCodes.Empty, 1), Head(Fail(text!)));
    }

    [Fact]
    public void Too_large_paste()
    {
        var (code, line, message) = Fail(new string('x', CiscoCliParser.MaxInputLength + 1));

        Assert.Equal((DeviceParseCodes.TooLarge, 1), (code, line));
        Assert.Contains("1,048,576", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_points_at_its_line()
    {
        Assert.Equal((DeviceParseCodes.Binary, 3), Head(Fail("Cisco IOS Software, C2960X Software (X), Version 15.2(7)E4\nok\nPK\u0003\u0004\0\0")));
    }

    [Fact]
    public void Overlong_line()
    {
        Assert.Equal((DeviceParseCodes.LineTooLong, 2), Head(Fail("NAME: \"x\", DESCR: \"y\"\n" + new string('a', CiscoCliParser.MaxLineLength + 1))));
    }

    [Fact]
    public void Unrecognised_text_names_its_first_line()
    {
        var (code, line, message) = Fail("\n\nJUNOS 21.4R3 built 2022-06-01\nhostname mx1\n");

        Assert.Equal((DeviceParseCodes.Unrecognised, 3), (code, line));
        Assert.Contains("JUNOS 21.4R3", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cisco IOS XR Software, Version 7.3.2\nCopyright (c) 2013-2021 by Cisco Systems, Inc.\n")]
    [InlineData("---------------------[ ftd-hq ]---------------------\nModel                     : Cisco Firepower 2110 Threat Defense (77) Version 7.0.1 (Build 84)\n")]
    public void Software_this_parser_does_not_read_is_unrecognised_not_guessed(string text)
    {
        Assert.Equal((DeviceParseCodes.Unrecognised, 1), Head(Fail(text)));
    }

    [Fact]
    public void Two_different_softwares_are_two_devices()
    {
        var ios = CiscoFixtures.Read(Path.Combine("ntc", "cisco_ios_show_version3.raw"));
        var asa = CiscoFixtures.Read(Path.Combine("ntc", "cisco_asa_show_version1.raw"));
        var iosLines = ios.ReplaceLineEndings("\n").Split('\n').Length;

        var (code, line, message) = Fail(ios + "\n" + asa);

        Assert.Equal((DeviceParseCodes.MixedDevices, iosLines + 1), (code, line));
        Assert.Contains("ASA show version output here, but IOS show version output on line 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ios_devices_are_told_apart_by_version_or_hostname()
    {
        var a = CiscoFixtures.Read(Path.Combine("ntc", "cisco_ios_show_version4.raw"));
        var b = CiscoFixtures.Read(Path.Combine("ntc", "cisco_ios_show_version5.raw"));
        var aLines = a.ReplaceLineEndings("\n").Split('\n').Length;

        var (code, line, message) = Fail(a + "\n" + b);

        Assert.Equal(DeviceParseCodes.MixedDevices, code);
        Assert.True(line > aLines, $"line {line}");
        Assert.Contains("paste the output of one device at a time", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_show_version_has_no_version()
    {
        var (code, line, _) = Fail("\nCisco Nexus Operating System (NX-OS) Software\nTAC support: http://www.cisco.com/tac\n");

        Assert.Equal((DeviceParseCodes.NoVersion, 2), (code, line));
    }

    [Fact]
    public void Inventory_entry_without_its_pid_line()
    {
        var (code, line, message) = Fail("NAME: \"Chassis\", DESCR: \"Cisco ISR4331 Chassis\"\nPID: ISR4331/K9 , VID: V04 , SN: FDO1\n\nNAME: \"module 0\", DESCR: \"NIM\"\n\nsomething else\n");

        Assert.Equal((DeviceParseCodes.InventoryBroken, 6), (code, line));
        Assert.Contains("'module 0' (line 4)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_inventory_name_line()
    {
        Assert.Equal((DeviceParseCodes.InventoryBroken, 1), Head(Fail("NAME: \"Chassis\", DESCR: \"Cisco ISR43\nPID: ISR4331/K9 , VID: V04 , SN: FDO1\n")));
    }

    [Fact]
    public void A_version_outside_the_grammar_is_kept_with_a_warning()
    {
        var parsed = CiscoCliParser.Parse("Cisco Adaptive Security Appliance Software Version 9.x-beta\nfw up 3 days\n");

        Assert.True(parsed.IsSuccess);
        Assert.Equal(("9.x-beta", null), (parsed.Value!.VersionText, parsed.Value.Version));
        Assert.Contains(parsed.Value.Warnings, w => w.Code == DeviceParseCodes.VersionUnparsed && w.Line == 1);
    }
}
