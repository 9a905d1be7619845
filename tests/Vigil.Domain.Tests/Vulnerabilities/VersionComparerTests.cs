using Vigil.Domain.Devices;
using Vigil.Domain.Vulnerabilities.Matching;

namespace Vigil.Domain.Tests.Vulnerabilities;

public class VersionComparerTests
{
    [Theory]
    [InlineData("1.2.10", "1.2.9", 1)]
    [InlineData("16.12", "16.12.0", 0)]
    [InlineData("16.12.10a", "16.12.10", 1)]
    [InlineData("16.12.10a", "16.12.10b", -1)]
    [InlineData("10.0.19045.4291", "10.0.19045.4170", 1)]
    [InlineData("10.0.19045", "10.0.19045.4170", -1)]
    [InlineData("10.0.22631.3296", "10.0.22631.3296", 0)]
    [InlineData("124.0.6367.60", "124.0.6367.118", -1)]
    [InlineData("4.0e", "4.0", 1)]
    [InlineData("2.5.9.54", "2.5.10", -1)]
    public void Generic_order(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(VersionComparer.CompareGeneric(left, right)));
    }

    [Theory]
    [InlineData("9.8.4.45", CiscoOsFamily.Asa, "9.8(4)45")]
    [InlineData("9.16.4", CiscoOsFamily.Asa, "9.16(4)")]
    [InlineData("15.2(7)e4", CiscoOsFamily.Ios, "15.2(7)E4")]
    [InlineData("12.2(55)se7a", CiscoOsFamily.Ios, "12.2(55)SE7a")]
    [InlineData("17.3.8a", CiscoOsFamily.IosXe, "17.3.8a")]
    public void Reads_nvd_spelling_as_cisco_writes_it(string nvd, CiscoOsFamily family, string native)
    {
        Assert.Equal(native, VersionComparer.ToCiscoNative(nvd, family));
    }

    [Theory]
    [InlineData("9.16.4.55", "9.16.4.57", VersionScheme.CiscoAsa, -1)]
    [InlineData("9.18.4.22", "9.18.4.8", VersionScheme.CiscoAsa, 1)]
    [InlineData("17.3.4", "17.3.8a", VersionScheme.CiscoIosXe, -1)]
    [InlineData("16.09.03", "16.9.3", VersionScheme.CiscoIosXe, 0)]
    [InlineData("15.2(7)e4", "15.2(7)e10", VersionScheme.CiscoIos, -1)]
    public void Cisco_order(string left, string right, VersionScheme scheme, int expected)
    {
        Assert.Equal(expected, VersionComparer.Compare(left, right, scheme) is { } c ? Math.Sign(c) : 99);
    }

    [Fact]
    public void Different_ios_trains_have_no_order()
    {
        Assert.Null(VersionComparer.Compare("15.2(7)e4", "15.2(7)m4", VersionScheme.CiscoIos));
    }
}
