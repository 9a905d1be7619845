using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class DeviceKindGuessTests
{
    [Theory]
    [InlineData(CiscoOsFamily.IosXe, "C9800-40-K9", null, "wireless")]
    [InlineData(CiscoOsFamily.Unknown, "AIR-AP2802I-E-K9", null, "wireless")]
    [InlineData(CiscoOsFamily.IosXe, "C9300-48P", null, "switch")]
    [InlineData(CiscoOsFamily.Ios, "WS-C2960X-48FPD-L", null, "switch")]
    [InlineData(CiscoOsFamily.Ios, "C1000-24T-4G-L", null, "switch")]
    [InlineData(CiscoOsFamily.IosXe, "C1111-8P", null, "router")]
    [InlineData(CiscoOsFamily.IosXe, "C8300-1N1S-6T", null, "router")]
    [InlineData(CiscoOsFamily.IosXe, "ISR4331/K9", null, "router")]
    [InlineData(CiscoOsFamily.Ios, "CISCO2911/K9", null, "router")]
    [InlineData(CiscoOsFamily.Ios, "1801", null, "router")]
    [InlineData(CiscoOsFamily.Ios, "IOSv", "vios_l2 Software", "switch")]
    [InlineData(CiscoOsFamily.Ios, "IOSv", "IOSv Software", "router")]
    [InlineData(CiscoOsFamily.Ios, null, "Catalyst L3 Switch Software", "switch")]
    [InlineData(CiscoOsFamily.Unknown, "FPR-2110", null, "firewall")]
    [InlineData(CiscoOsFamily.Asa, "ASAv10", null, "firewall")]
    [InlineData(CiscoOsFamily.AireOs, null, null, "wireless")]
    [InlineData(CiscoOsFamily.NxOs, "Nexus 5672UP", null, "switch")]
    [InlineData(CiscoOsFamily.SmallBusiness, null, null, "switch")]
    [InlineData(CiscoOsFamily.Unknown, "3640 chassis", null, null)]
    [InlineData(CiscoOsFamily.Ios, "XYZ-123", "Some Software", null)]
    public void Kind_from_family_model_and_software(CiscoOsFamily family, string? model, string? software, string? kind)
    {
        Assert.Equal(kind, DeviceKindGuess.Guess(family, model, software));
    }
}
