using Vigil.Domain.Devices.Lifecycle;

namespace Vigil.Domain.Tests.Devices.Lifecycle;

public class DeviceLifecycleCatalogTests
{
    private static readonly DeviceLifecycleEntry Family =
        new("Cisco", "WS-C2960X-*", "2960-X", new(2022, 10, 31), new(2023, 10, 31), new(2025, 10, 31), new(2027, 10, 31), "EOL-A");

    private static readonly DeviceLifecycleEntry OneModel =
        new("Cisco", "WS-C2960X-48FPD-L", null, new(2021, 1, 31), null, null, new(2026, 1, 31), "EOL-B");

    private static readonly DeviceLifecycleEntry Shorter =
        new("Cisco", "WS-C2960*", null, new(2014, 10, 31), null, null, new(2019, 10, 31), "EOL-C");

    [Theory]
    [InlineData("WS-C2960X-48FPD-L", "WS-C2960X-48FPD-L")]
    [InlineData("ws-c2960x-48fpd-l", "WS-C2960X-48FPD-L")]
    [InlineData("WS-C2960X-24TS-L", "WS-C2960X-*")]
    [InlineData("WS-C2960-24TT-L", "WS-C2960*")]
    [InlineData("WS-C2960X", "WS-C2960*")]
    [InlineData("WS-C3750X-48P-S", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_most_specific_pattern_wins(string? model, string? expected)
    {
        var catalog = new DeviceLifecycleCatalog([Shorter, Family, OneModel]);
        Assert.Equal(expected, catalog.Find("Cisco", model)?.ModelPattern);
    }

    [Theory]
    [InlineData("Cisco Systems, Inc.", true)]
    [InlineData("cisco", true)]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("Juniper", false)]
    [InlineData("Ciscoish", false)]
    public void A_device_of_another_vendor_is_not_matched_but_an_unnamed_vendor_is(string? vendor, bool matches)
    {
        var catalog = new DeviceLifecycleCatalog([Family]);
        Assert.Equal(matches, catalog.Find(vendor, "WS-C2960X-24TS-L") is not null);
    }

    [Theory]
    [InlineData(2022, 10, 31, DeviceLifecycleStatus.Supported)]
    [InlineData(2022, 11, 1, DeviceLifecycleStatus.EndOfSale)]
    [InlineData(2023, 11, 1, DeviceLifecycleStatus.EndOfSoftwareMaintenance)]
    [InlineData(2025, 10, 31, DeviceLifecycleStatus.EndOfSoftwareMaintenance)]
    [InlineData(2025, 11, 1, DeviceLifecycleStatus.EndOfSecuritySupport)]
    [InlineData(2027, 11, 1, DeviceLifecycleStatus.EndOfSupport)]
    public void The_status_is_the_last_milestone_passed_and_a_milestone_day_itself_is_still_before_it(int y, int m, int d, DeviceLifecycleStatus expected)
    {
        var verdict = DeviceLifecycleVerdict.Of(Family, new DateOnly(y, m, d));
        Assert.Equal(expected, verdict.Status);
        Assert.Equal(expected >= DeviceLifecycleStatus.EndOfSecuritySupport, verdict.OutOfSecuritySupport);
    }

    [Fact]
    public void Without_an_end_of_security_support_date_the_last_date_of_support_ends_security_fixes()
    {
        Assert.True(DeviceLifecycleVerdict.Of(OneModel, new DateOnly(2026, 2, 1)).OutOfSecuritySupport);
        Assert.False(DeviceLifecycleVerdict.Of(OneModel, new DateOnly(2026, 1, 31)).OutOfSecuritySupport);
        Assert.Equal(DeviceLifecycleStatus.EndOfSale, DeviceLifecycleVerdict.Of(OneModel, new DateOnly(2026, 1, 31)).Status);
    }

    [Fact]
    public void A_model_no_entry_covers_is_unknown()
    {
        var verdict = new DeviceLifecycleCatalog([Family]).Evaluate("Cisco", "C9300-48P", new DateOnly(2030, 1, 1));
        Assert.Equal(DeviceLifecycleStatus.Unknown, verdict.Status);
        Assert.Null(verdict.Entry);
        Assert.False(verdict.OutOfSecuritySupport);
    }

    [Fact]
    public void A_site_entry_replaces_the_default_entry_with_the_same_vendor_and_pattern()
    {
        var site = Family with { Vendor = "CISCO", LastDateOfSupport = new DateOnly(2028, 1, 1), Source = "site" };
        var catalog = new DeviceLifecycleCatalog([Family, Shorter]).Overlay([site]);
        Assert.Equal(2, catalog.Entries.Count);
        Assert.Equal("site", catalog.Find("Cisco", "WS-C2960X-24TS-L")!.Source);
    }

    [Fact]
    public void The_embedded_default_loads_and_every_entry_names_its_source()
    {
        var catalog = DeviceLifecycleCatalog.Default;
        Assert.NotEmpty(catalog.Entries);
        Assert.All(catalog.Entries, e => Assert.Contains("cisco.com", e.Source, StringComparison.Ordinal));
        var verdict = catalog.Evaluate("Cisco", "WS-C3750X-48PF-S", new DateOnly(2026, 11, 22));
        Assert.Equal(DeviceLifecycleStatus.EndOfSupport, verdict.Status);
        Assert.Equal(new DateOnly(2021, 10, 31), verdict.Entry!.LastDateOfSupport);
        Assert.Equal("ASA5505*", catalog.Find("Cisco", "ASA5505")!.ModelPattern);
    }
}
