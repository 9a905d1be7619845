using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Tests.Inventory;

public class SheetValuesTests
{
    [Theory]
    [InlineData("8", 8)]
    [InlineData("8 GB", 8)]
    [InlineData("8GB", 8)]
    [InlineData("3,5", 3.5)]
    [InlineData("3.5", 3.5)]
    [InlineData("1 TB", 1024)]
    [InlineData("512 MB", 0.5)]
    [InlineData("1.000", 1)]
    [InlineData("1.000.000", 1000000)]
    [InlineData("1,024.5", 1024.5)]
    [InlineData("1.024,5", 1024.5)]
    public void Gigabytes(string text, double expected)
    {
        Assert.True(SheetValues.TryParseGigabytes(text, out var gb));
        Assert.Equal((decimal)expected, gb);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GB")]
    [InlineData("-4")]
    [InlineData("4 con")]
    [InlineData("1.2.3,4,5")]
    public void NotGigabytes(string text) => Assert.False(SheetValues.TryParseGigabytes(text, out _));

    [Theory]
    [InlineData("00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e")]
    [InlineData("00-1A-2B-3C-4D-5E", "00:1a:2b:3c:4d:5e")]
    [InlineData("001a.2b3c.4d5e", "00:1a:2b:3c:4d:5e")]
    [InlineData("001A2B3C4D5E", "00:1a:2b:3c:4d:5e")]
    public void MacForms(string text, string mac)
    {
        Assert.True(SheetValues.TryParseMacAddresses(text, out var list, out _));
        Assert.Equal(mac, Assert.Single(list));
    }

    [Fact]
    public void SeveralMacs_AnySeparator_NoRepeats()
    {
        Assert.True(SheetValues.TryParseMacAddresses("00:1A:2B:3C:4D:5E;00:1A:2B:3C:4D:5F, 00-1a-2b-3c-4d-5e\n00:1A:2B:3C:4D:60", out var list, out _));
        Assert.Equal(3, list.Count);
        Assert.False(SheetValues.TryParseMacAddresses("00:1A:2B:3C:4D:5E;FF:FF:FF:FF:FF:FF", out _, out var bad));
        Assert.Equal("FF:FF:FF:FF:FF:FF", bad);
        Assert.False(SheetValues.TryParseMacAddresses("00:1A:2B:3C:4D:5E:6F", out _, out _));
        Assert.False(SheetValues.TryParseMacAddresses("G0:1A:2B:3C:4D:5E", out _, out _));
    }

    [Theory]
    [InlineData("x64", "x64")]
    [InlineData("64-bit", "x64")]
    [InlineData("x86_64", "x64")]
    [InlineData("AMD64", "x64")]
    [InlineData("32 bit", "x86")]
    [InlineData("X86", "x86")]
    [InlineData("aarch64", "arm64")]
    public void Architectures(string text, string arch)
    {
        Assert.True(SheetValues.TryParseArchitecture(text, out var parsed));
        Assert.Equal(arch, parsed);
    }

    [Theory]
    [InlineData("Có", true)]
    [InlineData("co", true)]
    [InlineData("x", true)]
    [InlineData("Yes", true)]
    [InlineData("KHÔNG", false)]
    [InlineData("khong", false)]
    [InlineData("0", false)]
    public void YesNo(string text, bool expected)
    {
        Assert.True(SheetValues.TryParseYesNo(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1")]
    [InlineData(" 192.168.001.010 ", "192.168.1.10")]
    [InlineData("fe80::1", "fe80::1")]
    public void IpAddresses(string text, string expected)
    {
        Assert.True(SheetValues.TryParseIpAddress(text, out var ip));
        Assert.Equal(expected, ip);
    }

    [Theory]
    [InlineData("10.1")]
    [InlineData("167772161")]
    [InlineData("10.0.0.256")]
    [InlineData("10.0.0.1/24")]
    [InlineData("10.0.0.-1")]
    [InlineData("::g")]
    public void NotIpAddresses(string text) => Assert.False(SheetValues.TryParseIpAddress(text, out _));

    [Theory]
    [InlineData("Win 7 Pro", OsFamily.Windows, "Windows 7 Pro")]
    [InlineData("win10", OsFamily.Windows, "Windows 10")]
    [InlineData("Windows XP", OsFamily.Windows, "Windows XP")]
    [InlineData("Ubuntu 22.04", OsFamily.Linux, "Ubuntu 22.04")]
    [InlineData("macOS 14", OsFamily.MacOs, "macOS 14")]
    [InlineData("Winamp", OsFamily.Other, "Winamp")]
    public void OperatingSystems(string name, OsFamily family, string spelt)
    {
        var os = SheetValues.OperatingSystem(name, null, null);
        Assert.Equal((family, spelt), (os.Family, os.Name));
    }

    [Theory]
    [InlineData("Bộ chuyển mạch (switch)", "switch")]
    [InlineData("Switch (bộ chuyển mạch)", "switch")]
    [InlineData("WIFI", "wireless")]
    [InlineData("Access point", "wireless")]
    [InlineData("Tường lửa", "firewall")]
    [InlineData("bo dinh tuyen", "router")]
    public void DeviceKinds(string text, string kind) => Assert.Equal(kind, NetworkDeviceKinds.Recognise(text));
}
