using Vigil.Domain.Assets;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class FirmwareRuleTests
{
    private static readonly FirmwareBaseline[] Baselines =
    [
        new() { SoftwareFamily = "ios", Model = "", MinimumVersion = "15.2(7)E4" },
        new() { SoftwareFamily = "ios", Model = "WS-C3750X-48P-S", MinimumVersion = "15.0(2)SE11" },
        new() { SoftwareFamily = "ios-xe", Model = "", MinimumVersion = "17.3.1a" },
        new() { SoftwareFamily = "asa", Model = "", MinimumVersion = "9.12(4)" },
        new() { SoftwareFamily = "aireos", Model = "", MinimumVersion = "8.10.151.0" },
        new() { SoftwareFamily = "nx-os", Model = "", MinimumVersion = "9.3(10)" },
    ];

    [Theory]
    [InlineData("ios", "WS-C2960X-48FPD-L", "12.2(55)SE7", FirmwareStatus.Fail, "15.2(7)E4")]
    [InlineData("ios", "WS-C2960X-48FPD-L", "15.0(2)SE11", FirmwareStatus.Fail, "15.2(7)E4")]
    [InlineData("ios", "WS-C2960X-48FPD-L", "15.2(7)E4", FirmwareStatus.Pass, "15.2(7)E4")]
    [InlineData("ios", "ws-c3750x-48p-s", "15.0(2)SE11", FirmwareStatus.Pass, "15.0(2)SE11")] // the model's baseline wins over the family's
    [InlineData("ios-xe", "C9300-48P", "16.12.4", FirmwareStatus.Fail, "17.3.1a")]
    [InlineData("ios-xe", "C9300-48P", "17.9.4a", FirmwareStatus.Pass, "17.3.1a")]
    [InlineData("asa", "ASA5516", "9.8(4)45", FirmwareStatus.Fail, "9.12(4)")]
    [InlineData("aireos", "AIR-CT5520-K9", "8.5.182.0", FirmwareStatus.Fail, "8.10.151.0")]
    [InlineData("nx-os", "N9K-C93180YC-EX", "7.0(3)I7(9)", FirmwareStatus.Fail, "9.3(10)")]
    [InlineData("nx-os", "N9K-C93180YC-EX", "10.2(5)", FirmwareStatus.Pass, "9.3(10)")]
    [InlineData("ios", "CISCO2911/K9", "15.4(3)M2", FirmwareStatus.Pass, "15.2(7)E4")]
    [InlineData("ios", "CISCO2911/K9", "15.2(7)M1", FirmwareStatus.Unknown, "15.2(7)E4")] // parallel M and E trains have no order
    [InlineData("ios", "WS-C2960X-48FPD-L", null, FirmwareStatus.Unknown, "15.2(7)E4")]
    [InlineData("sb-switch", "CBS350-24P-4G", "3.0.0.69", FirmwareStatus.NoBaseline, null)]
    [InlineData(null, "WS-C2960X-48FPD-L", "15.2(7)E4", FirmwareStatus.NoBaseline, null)]
    public void A_device_is_judged_against_its_model_or_family_baseline(string? family, string model, string? version, FirmwareStatus status, string? baseline)
    {
        var verdict = FirmwareRule.Evaluate(family, model, version, Baselines);
        Assert.Equal((status, baseline), (verdict.Status, verdict.BaselineVersion));
        Assert.False(string.IsNullOrWhiteSpace(verdict.Reason));
    }

    [Fact]
    public void A_failing_verdict_says_why()
    {
        var verdict = FirmwareRule.Evaluate("ios", "WS-C2960X-48FPD-L", "15.0(2)SE11", Baselines);
        Assert.Equal("Version 15.0(2)SE11 is below the baseline 15.2(7)E4 for family ios.", verdict.Reason);
    }
}
