using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class CiscoVersionTests
{
    private static CiscoVersion V(CiscoOsFamily family, string text)
    {
        var parsed = CiscoVersion.Parse(family, text);
        Assert.True(parsed.IsSuccess, $"{family} {text}: {parsed.Error?.Message}");
        return parsed.Value!;
    }

    // Each row: family, older, newer. The awkward ones: rebuild numbers past 9, letters after rebuilds, interim builds,
    // zero-padded XE, old-style XE 3.x against 16.x, NX-OS trains, ASA interims.
    [Theory]
    [InlineData(CiscoOsFamily.Ios, "12.2(55)SE7", "15.0(2)SE11")]
    [InlineData(CiscoOsFamily.Ios, "15.0(2)SE11", "15.2(7)E4")]
    [InlineData(CiscoOsFamily.Ios, "12.2(55)SE7", "15.2(7)E4")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4)M", "15.2(4)M11")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4)M9", "15.2(4)M11")]
    [InlineData(CiscoOsFamily.Ios, "15.0(2)SE11", "15.0(2)SE11a")]
    [InlineData(CiscoOsFamily.Ios, "15.0(2)SE11a", "15.0(2)SE12")]
    [InlineData(CiscoOsFamily.Ios, "15.2(7)E4", "15.2(7)E10")]
    [InlineData(CiscoOsFamily.Ios, "15.2(2)E10", "15.2(7)E2")]
    [InlineData(CiscoOsFamily.Ios, "12.2(55)SE", "12.2(55)SE1")]
    [InlineData(CiscoOsFamily.Ios, "12.2(55)SE12", "12.2(58)SE2")]
    [InlineData(CiscoOsFamily.Ios, "12.4(25)", "12.4(25d)")]
    [InlineData(CiscoOsFamily.Ios, "12.4(25d)", "12.4(25f)")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4)E", "15.2(4.0.55)E")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4.0.55)E", "15.2(5)E")]
    [InlineData(CiscoOsFamily.Ios, "12.2(33)SXJ9", "12.2(33)SXJ10")]
    [InlineData(CiscoOsFamily.Ios, "12.4(6)T2", "15.4(3)M2")]
    [InlineData(CiscoOsFamily.Ios, "15.1(4)M12a", "15.9(3)M7")]
    [InlineData(CiscoOsFamily.IosXe, "16.12.4", "17.3.1a")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.1", "17.3.1a")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.1a", "17.3.2")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.1a", "17.3.10")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.9", "17.3.10")]
    [InlineData(CiscoOsFamily.IosXe, "16.9.3", "16.12.4")]
    [InlineData(CiscoOsFamily.IosXe, "16.09.03", "16.9.4")]
    [InlineData(CiscoOsFamily.IosXe, "03.06.06E", "16.3.1")]
    [InlineData(CiscoOsFamily.IosXe, "03.06.05E", "03.06.06E")]
    [InlineData(CiscoOsFamily.IosXe, "3.6.9E", "3.6.10E")]
    [InlineData(CiscoOsFamily.IosXe, "03.09.01.S", "3.16.10S")]
    [InlineData(CiscoOsFamily.IosXe, "17.9.4", "17.9.4a")]
    [InlineData(CiscoOsFamily.IosXe, "17.9.4a", "17.12.2")]
    [InlineData(CiscoOsFamily.IosXe, "17.6.5a", "17.6.5b")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7(9)", "9.3(10)")]
    [InlineData(CiscoOsFamily.NxOs, "9.3(9)", "9.3(10)")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I4(8b)", "7.0(3)I7(1)")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7(5)", "7.0(3)I7(5a)")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7(9)", "7.0(3)I7(10)")]
    [InlineData(CiscoOsFamily.NxOs, "6.0(2)N2(7)", "7.1(4)N1(1)")]
    [InlineData(CiscoOsFamily.NxOs, "5.2(1)N1(4)", "5.2(1)N1(9a)")]
    [InlineData(CiscoOsFamily.NxOs, "7.3(5)N1(1)", "7.3(8)N1(1)")]
    [InlineData(CiscoOsFamily.NxOs, "9.3(10)", "10.2(5)M")]
    [InlineData(CiscoOsFamily.NxOs, "10.2(5)M", "10.3(4a)M")]
    [InlineData(CiscoOsFamily.NxOs, "14.0(1h)", "14.2(7f)")]
    [InlineData(CiscoOsFamily.Asa, "9.8(4)45", "9.12(4)")]
    [InlineData(CiscoOsFamily.Asa, "9.8(4)", "9.8(4)10")]
    [InlineData(CiscoOsFamily.Asa, "9.8(4)10", "9.8(4)45")]
    [InlineData(CiscoOsFamily.Asa, "9.8(4)45", "9.8(5)")]
    [InlineData(CiscoOsFamily.Asa, "9.5(2)204", "9.8(3)21")]
    [InlineData(CiscoOsFamily.Asa, "9.12(4)", "9.16(4)19")]
    [InlineData(CiscoOsFamily.Asa, "9.1(7)4", "9.1(7)32")]
    [InlineData(CiscoOsFamily.AireOs, "8.5.182.0", "8.10.151.0")]
    [InlineData(CiscoOsFamily.AireOs, "8.3.150.0", "8.5.182.0")]
    [InlineData(CiscoOsFamily.AireOs, "8.10.151.0", "8.10.185.0")]
    [InlineData(CiscoOsFamily.AireOs, "8.5.182.0", "8.5.182.105")]
    [InlineData(CiscoOsFamily.SmallBusiness, "2.5.9.54", "3.0.0.69")]
    [InlineData(CiscoOsFamily.SmallBusiness, "1.4.11.5", "2.5.5.47")]
    [InlineData(CiscoOsFamily.SmallBusiness, "2.5.8.15", "2.5.9.54")]
    [InlineData(CiscoOsFamily.SmallBusiness, "3.0.0.61", "3.0.0.69")]
    public void Older_is_below_newer(CiscoOsFamily family, string older, string newer)
    {
        var (a, b) = (V(family, older), V(family, newer));

        Assert.Equal(CiscoVersionOrder.Older, CiscoVersion.Compare(a, b));
        Assert.Equal(CiscoVersionOrder.Newer, CiscoVersion.Compare(b, a));
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a.CompareTo(b) < 0);
        Assert.Equal(false, a.IsAtLeast(b));
        Assert.Equal(true, b.IsAtLeast(a));
    }

    [Theory]
    [InlineData(CiscoOsFamily.Ios, "15.2(7)E4", "15.2(7)E4")]
    [InlineData(CiscoOsFamily.Ios, "15.2(7)e4", "15.2(7)E4")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4)M0", "15.2(4)M")]
    [InlineData(CiscoOsFamily.IosXe, "16.09.03", "16.9.3")]
    [InlineData(CiscoOsFamily.IosXe, "03.06.06E", "3.6.6E")]
    [InlineData(CiscoOsFamily.IosXe, "17.3", "17.3.0")]
    [InlineData(CiscoOsFamily.NxOs, "10.2(5)M", "10.2(5)")]
    [InlineData(CiscoOsFamily.NxOs, "14.0(1h) [build 14.0(1h)]", "14.0(1h)")]
    [InlineData(CiscoOsFamily.Asa, "9.8(4)0", "9.8(4)")]
    [InlineData(CiscoOsFamily.SmallBusiness, "1.3.5.06", "1.3.5.6")]
    public void Spellings_of_one_version_are_the_same(CiscoOsFamily family, string left, string right)
    {
        var (a, b) = (V(family, left), V(family, right));

        Assert.Equal(CiscoVersionOrder.Same, CiscoVersion.Compare(a, b));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a <= b && a >= b && !(a < b));
    }

    [Theory]
    [InlineData(CiscoOsFamily.Ios, "15.2(7)E4", "15.2(7)E4", 15, 2, "E")]
    [InlineData(CiscoOsFamily.Ios, "15.0(2)SE11a", "15.0(2)SE11a", 15, 0, "SE")]
    [InlineData(CiscoOsFamily.Ios, "12.2(44r)SG9", "12.2(44r)SG9", 12, 2, "SG")]
    [InlineData(CiscoOsFamily.Ios, "15.2(4.0.55)E", "15.2(4.0.55)E", 15, 2, "E")]
    [InlineData(CiscoOsFamily.IosXe, "17.09.04a", "17.9.4a", 17, 9, "")]
    [InlineData(CiscoOsFamily.IosXe, "03.09.01.S", "3.9.1S", 3, 9, "S")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.1A", "17.3.1a", 17, 3, "")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7(9)", "7.0(3)I7(9)", 7, 0, "I7")]
    [InlineData(CiscoOsFamily.NxOs, "4.2(1)SV1(5.2)", "4.2(1)SV1(5.2)", 4, 2, "SV1")]
    [InlineData(CiscoOsFamily.NxOs, "9.3(10)", "9.3(10)", 9, 3, "")]
    [InlineData(CiscoOsFamily.Asa, "9.6(2.99)", "9.6(2.99)", 9, 6, "")]
    [InlineData(CiscoOsFamily.AireOs, "8.10.151.0", "8.10.151.0", 8, 10, "")]
    [InlineData(CiscoOsFamily.SmallBusiness, "2.5.9", "2.5.9.0", 2, 5, "")]
    public void Parses_and_normalises(CiscoOsFamily family, string text, string normalized, int major, int minor, string train)
    {
        var version = V(family, text);

        Assert.Equal((normalized, major, minor, train, text.Trim()), (version.Normalized, version.Major, version.Minor, version.Train, version.Raw));
        Assert.Equal(normalized, V(family, normalized).Normalized);
    }

    [Theory]
    [InlineData(CiscoOsFamily.Ios, "15.2(4)E", "15.2(4)M")]
    [InlineData(CiscoOsFamily.Ios, "12.2(55)SE", "12.2(55)SG")]
    [InlineData(CiscoOsFamily.Ios, "12.4(25)", "12.4(25)T")]
    [InlineData(CiscoOsFamily.IosXe, "3.6.6E", "3.6.6S")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7(9)", "7.0(3)F3(4)")]
    [InlineData(CiscoOsFamily.NxOs, "6.0(2)N2(7)", "6.0(2)U6(1)")]
    public void Parallel_trains_have_no_order(CiscoOsFamily family, string left, string right)
    {
        var (a, b) = (V(family, left), V(family, right));

        Assert.Equal(CiscoVersionOrder.DifferentTrains, CiscoVersion.Compare(a, b));
        Assert.Equal(CiscoVersionOrder.DifferentTrains, CiscoVersion.Compare(b, a));
        Assert.False(a < b || a > b || a <= b || a >= b || a == b);
        Assert.Null(a.IsAtLeast(b));
        Assert.NotEqual(0, a.CompareTo(b));
        Assert.Equal(-Math.Sign(a.CompareTo(b)), Math.Sign(b.CompareTo(a)));
    }

    [Fact]
    public void Different_trains_still_order_when_the_numbers_differ()
    {
        Assert.Equal(CiscoVersionOrder.Older, CiscoVersion.Compare(V(CiscoOsFamily.Ios, "15.0(2)SE11"), V(CiscoOsFamily.Ios, "15.2(7)E4")));
        Assert.Equal(CiscoVersionOrder.Older, CiscoVersion.Compare(V(CiscoOsFamily.Ios, "12.2(55)SE"), V(CiscoOsFamily.Ios, "12.2(58)SG")));
    }

    [Fact]
    public void Versions_of_different_families_have_no_order()
    {
        var ios = V(CiscoOsFamily.Ios, "15.2(7)E4");
        var asa = V(CiscoOsFamily.Asa, "9.8(4)45");
        var aireos = V(CiscoOsFamily.AireOs, "8.10.151.0");
        var sb = V(CiscoOsFamily.SmallBusiness, "8.10.151.0");

        Assert.Equal(CiscoVersionOrder.DifferentFamilies, CiscoVersion.Compare(ios, asa));
        Assert.Equal(CiscoVersionOrder.DifferentFamilies, asa.CompareWith(ios));
        Assert.Equal(CiscoVersionOrder.DifferentFamilies, CiscoVersion.Compare(aireos, sb));
        Assert.False(ios < asa || ios > asa || ios <= asa || ios >= asa);
        Assert.NotEqual(aireos, sb);
        Assert.Null(ios.IsAtLeast(asa));
    }

    [Theory]
    [InlineData(CiscoOsFamily.Ios, "")]
    [InlineData(CiscoOsFamily.Ios, "15.2")]
    [InlineData(CiscoOsFamily.Ios, "15.2(7")]
    [InlineData(CiscoOsFamily.Ios, "16.9.3")]
    [InlineData(CiscoOsFamily.Ios, "15.2(7)E4 extra")]
    [InlineData(CiscoOsFamily.IosXe, "V169_5_SR689355441_2")]
    [InlineData(CiscoOsFamily.IosXe, "15.2(7)E4")]
    [InlineData(CiscoOsFamily.IosXe, "17.3.1abc")]
    [InlineData(CiscoOsFamily.NxOs, "9.3")]
    [InlineData(CiscoOsFamily.NxOs, "7.0(3)I7")]
    [InlineData(CiscoOsFamily.Asa, "9.8.4")]
    [InlineData(CiscoOsFamily.AireOs, "8.10")]
    [InlineData(CiscoOsFamily.SmallBusiness, "v2.5.9.54")]
    [InlineData(CiscoOsFamily.Unknown, "15.2(7)E4")]
    public void Malformed_versions_are_errors_not_exceptions(CiscoOsFamily family, string text)
    {
        var parsed = CiscoVersion.Parse(family, text);

        Assert.False(parsed.IsSuccess);
        Assert.Equal(DeviceParseCodes.VersionInvalid, parsed.Error!.Code);
        Assert.False(CiscoVersion.TryParse(family, text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Too_long_text_is_refused()
    {
        Assert.False(CiscoVersion.Parse(CiscoOsFamily.Ios, new string('1', CiscoVersion.MaxLength + 1)).IsSuccess);
    }

    [Theory]
    [InlineData("ios", CiscoOsFamily.Ios)]
    [InlineData("IOS XE", CiscoOsFamily.IosXe)]
    [InlineData("ios-xe", CiscoOsFamily.IosXe)]
    [InlineData("NX-OS", CiscoOsFamily.NxOs)]
    [InlineData("asa", CiscoOsFamily.Asa)]
    [InlineData("AireOS", CiscoOsFamily.AireOs)]
    [InlineData("sb-switch", CiscoOsFamily.SmallBusiness)]
    public void Family_codes_round_trip(string code, CiscoOsFamily family)
    {
        Assert.True(CiscoOsFamilies.TryParse(code, out var parsed));
        Assert.Equal(family, parsed);
        Assert.True(CiscoOsFamilies.TryParse(CiscoOsFamilies.Code(family), out var again));
        Assert.Equal(family, again);
        Assert.True(CiscoVersion.Parse(code, "8.10.151.0").IsSuccess || family is not (CiscoOsFamily.AireOs or CiscoOsFamily.SmallBusiness));
    }

    [Fact]
    public void Unknown_family_code_is_an_error()
    {
        var parsed = CiscoVersion.Parse("junos", "21.4R3");

        Assert.Equal(DeviceParseCodes.FamilyUnknown, parsed.Error!.Code);
    }
}
