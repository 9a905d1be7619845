using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Warnings;

namespace Vigil.Domain.Tests.Indicators;

public class WarningListTests
{
    private static IReadOnlyList<Warning> Check(string token, WarningListOptions? options = null)
    {
        var parsed = IndicatorValues.Detect(token);
        Assert.True(parsed.IsValid, parsed.Reason);
        return WarningList.Check(Indicator.Create(parsed.Value!), options);
    }

    private static List<string> Codes(string token, WarningListOptions? options = null) => [.. Check(token, options).Select(w => w.Code)];

    [Theory]
    [InlineData("10.1.2.3", WarningCodes.Private)]
    [InlineData("172.16.0.1", WarningCodes.Private)]
    [InlineData("192.168.1.1", WarningCodes.Private)]
    [InlineData("127.0.0.1", WarningCodes.Loopback)]
    [InlineData("169.254.10.10", WarningCodes.LinkLocal)]
    [InlineData("224.0.0.251", WarningCodes.Multicast)]
    [InlineData("0.0.0.0", WarningCodes.ThisNetwork)]
    [InlineData("100.64.1.1", WarningCodes.Cgnat)]
    [InlineData("192.0.2.10", WarningCodes.Documentation)]
    [InlineData("198.51.100.10", WarningCodes.Documentation)]
    [InlineData("203.0.113.10", WarningCodes.Documentation)]
    [InlineData("240.0.0.1", WarningCodes.Reserved)]
    [InlineData("198.18.0.1", WarningCodes.Reserved)]
    [InlineData("255.255.255.255", WarningCodes.Broadcast)]
    [InlineData("::1", WarningCodes.Loopback)]
    [InlineData("::", WarningCodes.Unspecified)]
    [InlineData("fe80::1", WarningCodes.LinkLocal)]
    [InlineData("fd12:3456::1", WarningCodes.Private)]
    [InlineData("ff02::1", WarningCodes.Multicast)]
    [InlineData("2001:db8::5", WarningCodes.Documentation)]
    [InlineData("8.8.8.8", WarningCodes.ServiceAddress)]
    [InlineData("2606:4700:4700::1111", WarningCodes.ServiceAddress)]
    [InlineData("1.0.0.0/8", WarningCodes.TooBroad)]
    [InlineData("2a00::/16", WarningCodes.TooBroad)]
    [InlineData("0.0.0.0/0", WarningCodes.ThisNetwork)]
    [InlineData("windowsupdate.com", WarningCodes.ServiceDomain)]
    [InlineData("download.windowsupdate.com", WarningCodes.ServiceDomain)]
    [InlineData("dns.google.com", WarningCodes.ServiceDomain)]
    [InlineData("s3.amazonaws.com", WarningCodes.ServiceDomain)]
    [InlineData("a248.e.akamai.net", WarningCodes.ServiceDomain)]
    [InlineData("langson.gov.vn", WarningCodes.ServiceDomain)]
    [InlineData("vietcombank.com.vn", WarningCodes.ServiceDomain)]
    [InlineData("viettel.vn", WarningCodes.ServiceDomain)]
    [InlineData("com.vn", WarningCodes.PublicSuffix)]
    [InlineData("gov.vn", WarningCodes.PublicSuffix)]
    [InlineData("3322.org", WarningCodes.PublicSuffix)]
    [InlineData("https://update.microsoft.com/x", WarningCodes.ServiceDomain)]
    [InlineData("http://10.0.0.5/admin", WarningCodes.Private)]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e", WarningCodes.EmptyFileHash)]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", WarningCodes.EmptyFileHash)]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", WarningCodes.EmptyFileHash)]
    [InlineData("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", WarningCodes.KillSwitch)]
    [InlineData("www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", WarningCodes.KillSwitch)]
    [InlineData("http://www.ifferfsodp9ifjaposdfjhgosurijfaewrwergwea.com/", WarningCodes.KillSwitch)]
    public void Each_reason_is_flagged_with_a_human_reason(string token, string code)
    {
        var warnings = Check(token);

        var warning = Assert.Single(warnings, w => w.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(warning.Reason));
    }

    [Theory]
    [InlineData("185.220.101.1")]
    [InlineData("2a01:4f8::1")]
    [InlineData("185.220.101.0/24")]
    [InlineData("evil.example")]
    [InlineData("notwindowsupdate.com")]
    [InlineData("http://evil.example/windowsupdate.com")]
    [InlineData("3b669778698972c402f7c149fc844d0ddb3a00e8")]
    [InlineData("bad@gmail.com")]
    public void Ordinary_malicious_values_are_not_flagged(string token)
    {
        Assert.Empty(Check(token));
    }

    [Fact]
    public void A_cidr_containing_a_special_range_is_flagged_for_it()
    {
        var warnings = Check("10.0.0.0/7");

        Assert.Contains(warnings, w => w.Code == WarningCodes.Private && w.Reason.Contains("contains 10.0.0.0/8", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Code == WarningCodes.TooBroad);
    }

    [Fact]
    public void Broad_cidr_limits_are_configurable()
    {
        Assert.Empty(Codes("185.220.0.0/16"));
        Assert.Equal([WarningCodes.TooBroad], Codes("185.220.0.0/16", new WarningListOptions { MaxIpv4Prefix = 20 }));
        Assert.Empty(Codes("2a00:1::/32"));
        Assert.Equal([WarningCodes.TooBroad], Codes("2a00:1::/32", new WarningListOptions { MaxIpv6Prefix = 48 }));
    }

    [Fact]
    public void Own_networks_servers_and_domains_are_flagged()
    {
        var options = new WarningListOptions { OwnNetworks = ["113.160.0.0/24", "203.162.10.5"], OwnDomains = ["langson.gov.vn", "sotttt.example"] };

        Assert.Equal([WarningCodes.OwnNetwork], Codes("113.160.0.77", options));
        Assert.Equal([WarningCodes.OwnNetwork], Codes("203.162.10.5", options));
        Assert.Equal([WarningCodes.OwnNetwork], Codes("203.162.10.0/24", options));
        Assert.Equal([WarningCodes.OwnDomain], Codes("mail.sotttt.example", options));
        Assert.Contains(WarningCodes.OwnDomain, Codes("langson.gov.vn", options));
    }

    [Fact]
    public void Kill_switch_warnings_cannot_be_overridden_and_others_can()
    {
        Assert.False(Check("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com").Single().Overridable);
        Assert.True(Check("10.0.0.1").Single().Overridable);
    }

    [Fact]
    public void The_well_known_list_can_be_replaced_by_a_site_file()
    {
        var site = WellKnownList.Parse("- domain: intranet.example\n  service: the provincial intranet\n- public_suffix: example\n", "site.yaml");
        Assert.True(site.IsSuccess, site.Error?.Message);

        var options = new WarningListOptions { WellKnown = site.Value! };
        Assert.Equal([WarningCodes.ServiceDomain], Codes("portal.intranet.example", options));
        Assert.Empty(Codes("windowsupdate.com", options));

        var broken = WellKnownList.Parse("- domain: ok.example\n- address: not-an-ip\n  service: x\n", "bad.yaml");
        Assert.False(broken.IsSuccess);
        Assert.Equal("bad.yaml:1", broken.Error!.Location);
        Assert.Equal("bad.yaml:3", WellKnownList.Parse("- domain: ok.example\n  service: y\n- address: not-an-ip\n  service: x\n", "bad.yaml").Error!.Location);
    }
}
