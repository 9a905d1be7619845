using Vigil.Domain.Indicators;

namespace Vigil.Domain.Tests.Indicators;

public class IndicatorValuesTests
{
    [Theory]
    [InlineData("hxxp://evil.com/a", "http://evil.com/a")]
    [InlineData("hxxps://evil.com/a", "https://evil.com/a")]
    [InlineData("HXXPS://evil.com", "https://evil.com")]
    [InlineData("evil[.]com", "evil.com")]
    [InlineData("evil(.)com", "evil.com")]
    [InlineData("evil{.}com", "evil.com")]
    [InlineData("evil[dot]com", "evil.com")]
    [InlineData("evil[DOT]com", "evil.com")]
    [InlineData("http[:]//evil.com", "http://evil.com")]
    [InlineData("bad[at]evil.com", "bad@evil.com")]
    [InlineData("bad[@]evil.com", "bad@evil.com")]
    [InlineData("1.2.3[.]4", "1.2.3.4")]
    public void Each_recognised_defang_form_is_refanged(string defanged, string expected)
    {
        var refanged = Defang.Refang(defanged, out var changed);

        Assert.Equal(expected, refanged);
        Assert.True(changed);
    }

    [Theory]
    [InlineData("evil[.com")]
    [InlineData("evil(dot)com")]
    [InlineData("hxxp")]
    [InlineData("hxxpevil.com")]
    [InlineData("a[b]c")]
    [InlineData("evil.com")]
    public void Text_that_is_not_defanged_in_a_recognised_way_is_left_alone(string text)
    {
        Assert.Equal(text, Defang.Refang(text, out var changed));
        Assert.False(changed);
    }

    [Theory]
    [InlineData("1.2.3.4", IndicatorType.Ipv4, "1.2.3.4")]
    [InlineData("010.001.002.003", IndicatorType.Ipv4, "10.1.2.3")]
    [InlineData("2001:0DB8:0000:0000:0000:0000:0000:0001", IndicatorType.Ipv6, "2001:db8::1")]
    [InlineData("2001:db8:0:0:1:0:0:1", IndicatorType.Ipv6, "2001:db8::1:0:0:1")]
    [InlineData("[2001:db8::1]", IndicatorType.Ipv6, "2001:db8::1")]
    [InlineData("::ffff:1.2.3.4", IndicatorType.Ipv4, "1.2.3.4")]
    [InlineData("10.0.0.0/8", IndicatorType.Cidr, "10.0.0.0/8")]
    [InlineData("10.1.2.3/8", IndicatorType.Cidr, "10.0.0.0/8")]
    [InlineData("1.2.3.4/32", IndicatorType.Ipv4, "1.2.3.4")]
    [InlineData("2001:db8::1/32", IndicatorType.Cidr, "2001:db8::/32")]
    [InlineData("2001:db8::1/128", IndicatorType.Ipv6, "2001:db8::1")]
    [InlineData("Evil.COM.", IndicatorType.Domain, "evil.com")]
    [InlineData("bücher.example", IndicatorType.Domain, "xn--bcher-kva.example")]
    [InlineData("bộ-công-an.vn", IndicatorType.Domain, "xn--b-cng-an-63a1467e.vn")]
    [InlineData("under_score.example.com", IndicatorType.Domain, "under_score.example.com")]
    [InlineData("HTTP://Evil.COM:80", IndicatorType.Url, "http://evil.com/")]
    [InlineData("https://evil.com:443/a?b=1#frag", IndicatorType.Url, "https://evil.com/a?b=1")]
    [InlineData("https://evil.com:8443/%7Euser/%41%2f", IndicatorType.Url, "https://evil.com:8443/~user/A%2F")]
    [InlineData("http://[2001:DB8::1]:8080/x", IndicatorType.Url, "http://[2001:db8::1]:8080/x")]
    [InlineData("http://bücher.example/", IndicatorType.Url, "http://xn--bcher-kva.example/")]
    [InlineData("evil.com/path/gate.php", IndicatorType.Url, "http://evil.com/path/gate.php")]
    [InlineData("D41D8CD98F00B204E9800998ECF8427E", IndicatorType.Md5, "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", IndicatorType.Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", IndicatorType.Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("Bad.Guy@Evil.COM", IndicatorType.Email, "bad.guy@evil.com")]
    [InlineData("tasksche.exe", IndicatorType.FileName, "tasksche.exe")]
    [InlineData("1.2.3.4:443", IndicatorType.Ipv4, "1.2.3.4")]
    [InlineData("evil.com:8080", IndicatorType.Domain, "evil.com")]
    public void Detect_recognises_and_normalises(string token, IndicatorType type, string value)
    {
        var parsed = IndicatorValues.Detect(token);

        Assert.True(parsed.IsValid, parsed.Reason);
        Assert.Equal(new IndicatorValue(type, value), parsed.Value);
    }

    [Fact]
    public void An_unaligned_cidr_is_aligned_and_flagged()
    {
        var parsed = IndicatorValues.Detect("10.1.2.3/8");

        Assert.Equal("10.0.0.0/8", parsed.Value!.Value);
        Assert.StartsWith("cidr.unaligned", parsed.Note, StringComparison.Ordinal);
        Assert.Null(IndicatorValues.Detect("10.0.0.0/8").Note);
    }

    [Theory]
    [InlineData("1.2.3.256", "value.invalid_ipv4")]
    [InlineData("1.2.3", "value.invalid_ipv4")]
    [InlineData("1.2.3.4/33", "value.invalid_cidr")]
    [InlineData("ww|d4ztkurz4.com", "value.invalid_domain")]
    [InlineData("rbacrbyq2czpwn15net", "value.not_indicator")]
    [InlineData("*.evil.com", "value.wildcard_domain")]
    [InlineData("ftp2://evil.com", "value.unsupported_scheme")]
    [InlineData("abcdef0123456789abcdef", "value.unknown_hash")]
    [InlineData("C2", "value.not_indicator")]
    [InlineData("-evil.com", "value.invalid_domain")]
    [InlineData("evil..com", "value.invalid_domain")]
    [InlineData("evil[.com", "value.invalid_domain")]
    public void Invalid_tokens_are_rejected_with_a_code_and_reason(string token, string code)
    {
        var parsed = IndicatorValues.Detect(token);

        Assert.False(parsed.IsValid);
        Assert.Equal(code, parsed.Code);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Reason));
    }

    [Fact]
    public void Normalize_with_a_stated_type_checks_that_type()
    {
        Assert.Equal("value.invalid_hash", IndicatorValues.Normalize(IndicatorType.Md5, "da39a3ee5e6b4b0d3255bfef95601890afd80709").Code);
        Assert.Equal("value.invalid_file_name", IndicatorValues.Normalize(IndicatorType.FileName, @"C:\Windows\mssecsvc.exe").Code);
        Assert.Equal(new IndicatorValue(IndicatorType.FileName, "Invoice.ZIP"), IndicatorValues.Normalize(IndicatorType.FileName, " Invoice.ZIP ").Value);
        Assert.Equal(new IndicatorValue(IndicatorType.Domain, "evil.com"), IndicatorValues.Normalize(IndicatorType.Domain, "evil[.]com").Value);
    }
}
