using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Import.Stix;

namespace Vigil.Domain.Tests.Indicators;

public class StixPatternTests
{
    private static List<(IndicatorType? Type, string Raw)> Values(string pattern)
    {
        var result = StixPattern.Extract(pattern);
        Assert.True(result.IsSupported, result.Reason);
        return [.. result.Values.Select(v => (v.Type, v.Raw))];
    }

    [Fact]
    public void Simple_comparisons()
    {
        Assert.Equal([(IndicatorType.Ipv4, "10.0.0.0")], Values("[ ipv4-addr:value = '10.0.0.0' ]"));
        Assert.Equal([(IndicatorType.Sha256, "ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c")],
            Values("[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']"));
        Assert.Equal([(IndicatorType.Md5, "001dd76872d80801692ff942308c64e6")], Values("[file:hashes.md5 = '001dd76872d80801692ff942308c64e6']"));
        Assert.Equal([(IndicatorType.Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")], Values("[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']"));
        Assert.Equal([(IndicatorType.FileName, "CBricksDoc")], Values("[file:name = 'CBricksDoc']"));
        Assert.Equal([(IndicatorType.Email, "a@evil.example")], Values("[email-addr:value = 'a@evil.example']"));
        Assert.Equal([(IndicatorType.Url, "http://x.example/it's")], Values(@"[url:value = 'http://x.example/it\'s']"));
        Assert.Equal([(IndicatorType.Ipv6, "2001:db8::1")], Values("[ipv6-addr:value = '2001:db8::1']"));
        Assert.Equal([(null, "evil.example")], Values("[network-traffic:dst_ref.value = 'evil.example']"));
    }

    [Fact]
    public void Or_gives_every_branch_and_in_is_an_or()
    {
        Assert.Equal(
            [(IndicatorType.Domain, "3q.wubangtu.info"), (IndicatorType.Ipv4, "123.183.210.28")],
            Values("[domain-name:value = '3q.wubangtu.info' OR ipv4-addr:value = '123.183.210.28']"));
        Assert.Equal(
            [(IndicatorType.Domain, "a.example"), (IndicatorType.Domain, "b.example")],
            Values("[domain-name:value IN ('a.example', 'b.example')]"));
        Assert.Equal(
            [(IndicatorType.Domain, "a.example"), (IndicatorType.Ipv4, "1.2.3.4")],
            Values("[domain-name:value = 'a.example'] OR [ipv4-addr:value = '1.2.3.4']"));
    }

    [Fact]
    public void Nested_parentheses_at_both_levels()
    {
        Assert.Equal(
            [(IndicatorType.Domain, "a.example"), (IndicatorType.Domain, "b.example"), (IndicatorType.Ipv4, "1.2.3.4")],
            Values("([domain-name:value = 'a.example' OR (domain-name:value = 'b.example')] OR ([ipv4-addr:value = '1.2.3.4']))"));
    }

    [Fact]
    public void And_on_the_same_file_gives_its_hashes_and_and_of_the_same_value_gives_it_once()
    {
        var result = StixPattern.Extract("[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e' AND file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' AND file:name = 'x.exe']");
        Assert.True(result.IsSupported, result.Reason);
        Assert.Equal([IndicatorType.Md5, IndicatorType.Sha256], result.Values.Select(v => v.Type));
        Assert.Contains(result.Notes, n => n.Contains("file:name", StringComparison.Ordinal));

        Assert.Equal([(IndicatorType.Domain, "a.example")], Values("[domain-name:value = 'a.example' AND domain-name:value = 'a.example']"));
    }

    [Theory]
    [InlineData("[ipv4-addr:value = '1.2.3.4' AND domain-name:value = 'a.example']", "AND of different observables (ipv4-addr, domain-name)")]
    [InlineData("[ipv4-addr:value = '1.2.3.4'] AND [domain-name:value = 'a.example']", "AND of separate observations")]
    [InlineData("[domain-name:value = 'a.example' AND domain-name:value = 'b.example']", "AND of different values of one domain-name")]
    [InlineData("[email-message:subject MATCHES '^[IMPORTANT] Please Review Before']", "unsupported operator MATCHES")]
    [InlineData("[domain-name:value LIKE '%.evil.example']", "unsupported operator LIKE")]
    [InlineData("[ipv4-addr:value ISSUPERSET '10.0.0.0/8']", "unsupported operator ISSUPERSET")]
    [InlineData("[ipv4-addr:value ISSUBSET '10.0.0.0/8']", "unsupported operator ISSUBSET")]
    [InlineData("[ipv4-addr:value != '1.2.3.4']", "unsupported operator !=")]
    [InlineData("[ipv4-addr:value NOT = '1.2.3.4']", "unsupported operator NOT =")]
    [InlineData("[file:size > 1000]", "unsupported operator >")]
    [InlineData("[domain-name:value = 'a.example'] FOLLOWEDBY [ipv4-addr:value = '1.2.3.4']", "FOLLOWEDBY")]
    [InlineData("[process:name = 'evil.exe']", "object path process:name")]
    [InlineData("[EXISTS windows-registry-key:key]", "EXISTS")]
    public void Unsupported_constructs_are_rejected_with_a_precise_reason(string pattern, string reason)
    {
        var result = StixPattern.Extract(pattern);

        Assert.False(result.IsSupported);
        Assert.Equal(ImportCodes.Unsupported, result.Code);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Values);
    }

    [Theory]
    [InlineData("[ipv4-addr:value = '1.2.3.4'")]
    [InlineData("ipv4-addr:value = '1.2.3.4'")]
    [InlineData("[ipv4-addr:value = '1.2.3.4]")]
    [InlineData("[ipv4-addr:value '1.2.3.4']")]
    [InlineData("[ipv4-addr:value = '1.2.3.4'] garbage")]
    [InlineData("[ipv4-addr:value = '1.2.3.4'] WITHIN 5")]
    [InlineData("")]
    public void Malformed_patterns_are_rejected_as_malformed(string pattern)
    {
        var result = StixPattern.Extract(pattern);

        Assert.Equal(ImportCodes.Malformed, result.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void Qualifiers_are_read_and_reported_as_ignored()
    {
        var result = StixPattern.Extract("[ipv4-addr:value = '1.2.3.4'] REPEATS 5 TIMES WITHIN 300 SECONDS START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'");

        Assert.True(result.IsSupported, result.Reason);
        Assert.Equal(["qualifier REPEATS ignored", "qualifier WITHIN ignored", "qualifier START ignored"], result.Notes);
    }
}
