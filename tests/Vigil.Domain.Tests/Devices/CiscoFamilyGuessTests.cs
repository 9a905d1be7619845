using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class CiscoFamilyGuessTests
{
    [Theory]
    [InlineData("Cisco", "WS-C2960X-48FPD-L", "switch", "15.2(7)E4", CiscoOsFamily.Ios)]
    [InlineData("", "WS-C2960-24TT-L", "switch", "12.2(55)SE7", CiscoOsFamily.Ios)]
    [InlineData("Cisco Systems", "WS-C3850-24P", "switch", "16.12.4", CiscoOsFamily.IosXe)]
    [InlineData("Cisco", "WS-C3850-24P", "switch", "03.06.06E", CiscoOsFamily.IosXe)]
    [InlineData("Cisco", "C9300-48P", "switch", "17.09.04a", CiscoOsFamily.IosXe)]
    [InlineData("Cisco", "ISR4331/K9", "router", "16.9.3", CiscoOsFamily.IosXe)]
    [InlineData("Cisco", "C8300-1N1S-6T", "router", "17.6.5", CiscoOsFamily.IosXe)]
    [InlineData("Cisco", "C881-K9", "router", "15.4(3)M5", CiscoOsFamily.Ios)]
    [InlineData("Cisco", "CISCO2911/K9", "router", "15.7(3)M8", CiscoOsFamily.Ios)]
    [InlineData("Cisco", "N9K-C93180YC-EX", "switch", "9.3(10)", CiscoOsFamily.NxOs)]
    [InlineData("Cisco", "N3K-C3172PQ-10GE", "switch", "7.0(3)I7(9)", CiscoOsFamily.NxOs)]
    [InlineData("Cisco", "ASA5516", "firewall", "9.12(4)", CiscoOsFamily.Asa)]
    [InlineData("Cisco", "AIR-CT5520-K9", "wireless", "8.10.151.0", CiscoOsFamily.AireOs)]
    [InlineData("Cisco", "SG350-28", "switch", "2.5.9.54", CiscoOsFamily.SmallBusiness)]
    [InlineData("Cisco", "CBS350-24T-4G", "switch", "3.0.0.69", CiscoOsFamily.SmallBusiness)]
    public void The_model_names_the_family_when_the_version_fits_its_grammar(string vendor, string model, string kind, string version, CiscoOsFamily expected) =>
        Assert.Equal(expected, CiscoFamilyGuess.Guess(vendor, model, kind, version));

    [Theory]
    [InlineData("Cisco", "C9300-48P", "switch", "15.2(7)E4")]   // a Catalyst 9300 does not run classic IOS: a typo, not a fact
    [InlineData("Juniper", "EX2300-24T", "switch", "15.2(7)E4")] // another vendor is never given a Cisco family
    [InlineData("Cisco", "WS-C2960X-48FPD-L", "switch", "")]
    [InlineData("Cisco", "", "switch", "17.3.1")]                // IOS XE or small-business firmware: the sheet does not say
    [InlineData("Cisco", "", "switch", "8.10.151.0")]            // AireOS or small-business firmware on a "switch"?
    [InlineData("Cisco", null, null, "banana")]
    public void An_ambiguous_or_contradictory_row_gives_no_family(string? vendor, string? model, string? kind, string? version) =>
        Assert.Equal(CiscoOsFamily.Unknown, CiscoFamilyGuess.Guess(vendor, model, kind, version));

    [Theory]
    [InlineData(null, "15.2(7)E4", CiscoOsFamily.Ios)]
    [InlineData("wireless", "8.10.151.0", CiscoOsFamily.AireOs)]
    [InlineData("firewall", "9.8(4)45", CiscoOsFamily.Asa)]
    public void Without_a_model_a_version_only_one_grammar_accepts_or_the_kind_decides(string? kind, string version, CiscoOsFamily expected) =>
        Assert.Equal(expected, CiscoFamilyGuess.Guess("Cisco", null, kind, version));
}
