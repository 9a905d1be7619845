using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;

namespace Vigil.Domain.Tests.Indicators.Export;

public class PlainListExportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static Indicator Make(IndicatorType type, string raw, IndicatorAction action = IndicatorAction.Block, DateTimeOffset? expiry = null) =>
        Indicator.Create(IndicatorValues.Normalize(type, raw).Value!) with { Action = action, Expiry = expiry };

    private static readonly Indicator[] Set =
    [
        Make(IndicatorType.Domain, "b-evil.example"),
        Make(IndicatorType.Domain, "a-evil.example"),
        Make(IndicatorType.Domain, "iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", IndicatorAction.AlertOnly),
        Make(IndicatorType.Ipv4, "203.0.113.9"),
        Make(IndicatorType.Cidr, "198.51.100.0/24"),
        Make(IndicatorType.Ipv6, "2001:db8::1"),
        Make(IndicatorType.Ipv4, "192.0.2.77", expiry: Now),
        Make(IndicatorType.Url, "HTTP://Evil.Example:80/gate.php?id=1"),
        Make(IndicatorType.Sha256, "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B856"),
        Make(IndicatorType.Md5, "0123456789abcdef0123456789abcdef"),
    ];

    private static string Export(IndicatorExportFormat format, bool alertOnly = false) =>
        Assert.Single(IndicatorExport.Export(format, Set, new IndicatorExportOptions { Now = Now, IncludeAlertOnlyInLists = alertOnly })).Content;

    [Fact]
    public void Ip_list_holds_addresses_and_networks_in_a_stable_order_without_expired_ones() =>
        Assert.Equal("203.0.113.9\n2001:db8::1\n198.51.100.0/24\n", Export(IndicatorExportFormat.IpList));

    [Fact]
    public void Domain_list_leaves_out_alert_only_kill_switches_unless_asked() =>
        Assert.Equal("a-evil.example\nb-evil.example\n", Export(IndicatorExportFormat.DomainList));

    [Fact]
    public void Domain_list_with_alert_only_included() =>
        Assert.Contains("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com\n", Export(IndicatorExportFormat.DomainList, alertOnly: true), StringComparison.Ordinal);

    [Fact]
    public void Url_list_drops_the_scheme_and_default_port() =>
        Assert.Equal("evil.example/gate.php?id=1\n", Export(IndicatorExportFormat.UrlList));

    [Fact]
    public void Hash_list_holds_every_hash_type_lower_case() =>
        Assert.Equal("0123456789abcdef0123456789abcdef\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b856\n", Export(IndicatorExportFormat.HashList));

    [Theory]
    [InlineData("ip-list", IndicatorExportFormat.IpList)]
    [InlineData(" Domain-List ", IndicatorExportFormat.DomainList)]
    public void Format_names_parse(string name, IndicatorExportFormat expected)
    {
        Assert.True(IndicatorExportFormats.TryParse(name, out var format));
        Assert.Equal(expected, format);
        Assert.False(IndicatorExportFormats.TryParse("ip list", out _));
    }
}
