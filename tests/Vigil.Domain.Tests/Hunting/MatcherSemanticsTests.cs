using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Tests.Hunting;

/// <summary>The matching rules of docs/hunting.md, each with its near-misses, on the generic token scan.</summary>
public class MatcherSemanticsTests
{
    [Theory]
    [InlineData("query evil.com", "evil.com=evil.com")]
    [InlineData("query a.b.evil.com ok", "evil.com=a.b.evil.com")]
    [InlineData("query EVIL.Com.", "evil.com=EVIL.Com")]
    [InlineData("see http://evil.com/x", "evil.com=evil.com")]
    [InlineData("mail from bob@evil.com", "evil.com=evil.com")]
    [InlineData("host=\"evil.com:443\"", "evil.com=evil.com")]
    [InlineData("(evil.com)", "evil.com=evil.com")]
    public void Domain_matches_itself_and_subdomains_case_insensitively(string text, string expected) =>
        Assert.Equal([expected], Hunt.Text(Hunt.Matcher("evil.com"), text));

    [Theory]
    [InlineData("notevil.com")]
    [InlineData("evil.com.au")]
    [InlineData("evil.community")]
    [InlineData("my-evil.com")]
    [InlineData("my_evil.com")]
    [InlineData("evil.co")]
    [InlineData("evil-com.net")]
    [InlineData("com")]
    public void Domain_near_misses_are_not_hits(string text) => Assert.Empty(Hunt.Text(Hunt.Matcher("evil.com"), text));

    [Fact]
    public void Internationalised_names_compare_in_punycode()
    {
        var matcher = Hunt.Matcher("bücher.example");
        Assert.Equal(["xn--bcher-kva.example=bücher.example"], Hunt.Text(matcher, "GET bücher.example"));
        Assert.Equal(["xn--bcher-kva.example=www.XN--BCHER-KVA.example"], Hunt.Text(matcher, "www.XN--BCHER-KVA.example"));
        Assert.Empty(Hunt.Text(matcher, "bucher.example"));
    }

    [Theory]
    [InlineData("dst=1.2.3.4", "1.2.3.4=1.2.3.4")]
    [InlineData("1.2.3.4:443", "1.2.3.4=1.2.3.4")]
    [InlineData("outside:1.2.3.4/445", "1.2.3.4=1.2.3.4")]
    [InlineData("[1.2.3.4]", "1.2.3.4=1.2.3.4")]
    [InlineData("\"1.2.3.4\"", "1.2.3.4=1.2.3.4")]
    public void Ipv4_matches_as_a_whole_token(string text, string expected) =>
        Assert.Equal([expected], Hunt.Text(Hunt.Matcher("1.2.3.4"), text));

    [Theory]
    [InlineData("11.2.3.45")]
    [InlineData("11.2.3.4")]
    [InlineData("1.2.3.45")]
    [InlineData("1.2.3.4.5")]
    [InlineData("0.1.2.3.4")]
    [InlineData("v1.2.3.4")]
    [InlineData("1.2.3.4-rc1")]
    [InlineData("version 1.2.3.4a")]
    [InlineData("01.2.3.4x")]
    [InlineData("1.2.3")]
    public void Ipv4_inside_a_longer_token_is_not_a_hit(string text) => Assert.Empty(Hunt.Text(Hunt.Matcher("1.2.3.4"), text));

    [Fact]
    public void Cidr_matches_addresses_inside_it_and_an_address_can_hit_several_indicators()
    {
        var matcher = Hunt.Matcher("203.0.113.0/24", "203.0.0.0/16", "203.0.113.9");
        Assert.Equal(["203.0.113.0/24=203.0.113.9", "203.0.0.0/16=203.0.113.9", "203.0.113.9=203.0.113.9"], Hunt.Text(matcher, "to 203.0.113.9"));
        Assert.Equal(["203.0.0.0/16=203.0.200.1"], Hunt.Text(matcher, "to 203.0.200.1"));
        Assert.Empty(Hunt.Text(matcher, "to 203.1.0.1 and 202.255.255.255"));
    }

    [Theory]
    [InlineData("src 2001:db8::1 ok", "2001:db8::1=2001:db8::1")]
    [InlineData("src 2001:0DB8:0000:0000:0000:0000:0000:0001", "2001:db8::1=2001:0DB8:0000:0000:0000:0000:0000:0001")]
    [InlineData("[2001:db8::1]:443", "2001:db8::1=2001:db8::1")]
    public void Ipv6_matches_any_spelling(string text, string expected) =>
        Assert.Equal([expected], Hunt.Text(Hunt.Matcher("2001:db8::1"), text));

    [Theory]
    [InlineData("2001:db8::10")]
    [InlineData("2001:db8::1:0")]
    [InlineData("x2001:db8::1")]
    [InlineData("00:11:22:33:44:55")]
    public void Ipv6_near_misses_are_not_hits(string text) => Assert.Empty(Hunt.Text(Hunt.Matcher("2001:db8::1"), text));

    [Fact]
    public void Ipv6_prefixes_match_addresses_inside() =>
        Assert.Equal(["2001:db8:aa::/48=2001:db8:aa:1::5"], Hunt.Text(Hunt.Matcher("2001:db8:aa::/48"), "2001:db8:aa:1::5 2001:db8:ab::5"));

    [Theory]
    [InlineData("md5=84c82835a5d21bbcf75a61706d8ab549", true)]
    [InlineData("MD5: 84C82835A5D21BBCF75A61706D8AB549.", true)]
    [InlineData("\"84c82835a5d21bbcf75a61706d8ab549\"", true)]
    [InlineData("84c82835a5d21bbcf75a61706d8ab5490", false)]
    [InlineData("084c82835a5d21bbcf75a61706d8ab549", false)]
    [InlineData("x84c82835a5d21bbcf75a61706d8ab549", false)]
    [InlineData("84c82835a5d21bbcf75a61706d8ab549_x", false)]
    [InlineData("84c82835a5d21bbcf75a61706d8ab549deadbeef", false)]
    public void Hashes_match_whole_hex_tokens_only(string text, bool hit) =>
        Assert.Equal(hit, Hunt.Text(Hunt.Matcher("84c82835a5d21bbcf75a61706d8ab549"), text).Count == 1);

    [Fact]
    public void Sha1_and_sha256_match_at_any_alignment()
    {
        var sha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
        var sha256 = "ed01ebfbc9eb5bbea545af4d01bf5f1071661840480439c6e5babe8e080e41aa";
        var matcher = Hunt.Matcher(sha1, sha256);
        for (var pad = 0; pad < 20; pad++)
        {
            var text = new string(' ', pad) + sha1 + " " + sha256.ToUpperInvariant();
            Assert.Equal([$"{sha1}={sha1}", $"{sha256}={sha256.ToUpperInvariant()}"], Hunt.Text(matcher, text));
        }
    }

    [Fact]
    public void Md5_is_found_at_every_offset_of_the_wide_scan_and_its_tail_and_a_longer_run_never_is()
    {
        var md5 = "84c82835a5d21bbcf75a61706d8ab549";
        var matcher = Hunt.Matcher(md5);
        for (var pad = 0; pad < 80; pad++)
        {
            foreach (var tail in new[] { "", " ", " tail of some length" })
            {
                var prefix = new string('-', pad);
                Assert.Equal([$"{md5}={md5}"], Hunt.Text(matcher, prefix + md5 + tail));
                Assert.Empty(Hunt.Text(matcher, prefix + md5 + "a" + tail));
                Assert.Empty(Hunt.Text(matcher, prefix + "0" + md5 + tail));
            }
        }
    }

    [Fact]
    public void Many_indicators_are_all_found_and_their_near_misses_are_not()
    {
        // Enough keys to fill the filter and the tagged slots for real: every key found, no one-character variant.
        var domains = Enumerable.Range(0, 20_000).Select(i => $"host{i * 7919 % 100_003}.example{i % 97}.org").ToArray();
        var matcher = Hunt.Matcher(domains);
        var text = string.Join(' ', domains);
        Assert.Equal(domains.Length, Hunt.Text(matcher, text).Count);
        Assert.Empty(Hunt.Text(matcher, string.Join(' ', domains.Select(d => "x" + d))));
        Assert.Empty(Hunt.Text(matcher, string.Join(' ', domains.Select(d => d + "x"))));
    }

    [Theory]
    [InlineData("GET http://evil.com/a/b.php?x=1 200")]
    [InlineData("GET HTTP://EVIL.COM:80/a/b.php?x=1 200")]
    [InlineData("\"http://evil.com/%61/b.php?x=1\"")]
    public void Urls_are_normalised_before_comparison(string text)
    {
        var hit = Assert.Single(Hunt.Lines(Hunt.Matcher("http://evil.com/a/b.php?x=1"), text, LogFormat.Text), h => h.Type == IndicatorType.Url);
        Assert.Equal("http://evil.com/a/b.php?x=1", hit.Indicator);
        Assert.StartsWith("http", hit.Value, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("GET http://evil.com/a/b.php?x=2")]
    [InlineData("GET https://evil.com/a/b.php?x=1")]
    [InlineData("GET http://evil.com:8080/a/b.php?x=1")]
    [InlineData("GET http://notevil.com/a/b.php?x=1")]
    [InlineData("evil.com /a/b.php?x=1")]
    public void Url_near_misses_are_not_hits(string text) => Assert.Empty(Hunt.Text(Hunt.Matcher("http://evil.com/a/b.php?x=1"), text));

    [Fact]
    public void A_hit_names_the_indicator_its_type_and_action()
    {
        var hit = Assert.Single(Hunt.Lines(Hunt.Matcher("!iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com"), "x\ny www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com\n", LogFormat.Text));
        Assert.Equal(("iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", IndicatorType.Domain, IndicatorAction.AlertOnly, 2L, "text", "www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com"),
            (hit.Indicator, hit.Type, hit.Action, hit.Line, hit.Field, hit.Value));
    }

    [Fact]
    public void Email_and_file_name_indicators_are_left_out_of_the_matcher()
    {
        var matcher = IndicatorMatcher.Build([
            Indicator.Create(IndicatorValues.Detect("bad@evil.com").Value!), Indicator.Create(IndicatorValues.Detect("tasksche.exe").Value!),
            Indicator.Create(IndicatorValues.Detect("evil.com").Value!)]);
        Assert.Equal((1, 2), (matcher.Count, matcher.Unsupported));
    }

    [Fact]
    public void Duplicates_merge_with_the_import_action_rule()
    {
        Indicator Make(string value, IndicatorAction action, bool pinned = false) =>
            Indicator.Create(IndicatorValues.Detect(value).Value!) with { Action = action, AlertOnlyPinned = pinned };

        var matcher = IndicatorMatcher.Build([
            Make("evil.com", IndicatorAction.AlertOnly), Make("EVIL.com", IndicatorAction.Block),
            Make("kill.example", IndicatorAction.AlertOnly, pinned: true), Make("kill.example", IndicatorAction.Block),
            Make("10.0.0.0/8", IndicatorAction.Block), Make("10.0.0.0/8", IndicatorAction.AlertOnly)]);
        Assert.Equal(3, matcher.Count);
        Assert.Equal([IndicatorAction.Block, IndicatorAction.AlertOnly, IndicatorAction.Block], Enumerable.Range(0, 3).Select(i => matcher[i].Action));
    }
}
