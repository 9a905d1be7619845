using System.Text;
using System.Text.RegularExpressions;
using Vigil.Domain.Hunting;

namespace Vigil.Domain.Tests.Hunting;

/// <summary>
/// The shortcuts of the token scan (dots found 16 bytes at a time, numeric tokens parsed by an unrolled quad parser,
/// names lowered only when they hold an upper-case letter, hex blocks tested with saturating arithmetic, newlines
/// counted in byte counters) against straightforward reference implementations of the same rules.
/// </summary>
public partial class ScanFastPathTests
{
    /// <summary>0.0.0.0/0 holds every address: a token is a hit exactly when the scan reads it as a dotted quad.</summary>
    private static readonly IndicatorMatcher s_everyAddress = Hunt.Matcher("0.0.0.0/0");

    [Theory]
    [InlineData("1.2.3.4", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("001.002.003.004", true)]
    [InlineData("256.1.1.1", false)]
    [InlineData("1.2.3.256", false)]
    [InlineData("1234.1.1.1", false)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("1..2.3", false)]
    [InlineData("1.2.3", false)]
    [InlineData("01.000001", false)]
    [InlineData("1748736000.009000", false)]
    public void Quad_parser_accepts_strict_dotted_quads_only(string token, bool valid) =>
        Assert.Equal(valid, Hunt.Text(s_everyAddress, token).Count == 1);

    [Fact]
    public void Quad_parser_agrees_with_a_reference_on_random_numeric_tokens()
    {
        var random = new Random(8);
        const string Alphabet = "0123456789....";
        for (var i = 0; i < 50_000; i++)
        {
            var token = new string([.. Enumerable.Range(0, random.Next(1, 18)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var trimmed = token.Trim('.');
            var m = Quad().Match(trimmed);
            var expected = m.Success && m.Groups.Values.Skip(1).All(g => int.Parse(g.Value) <= 255);
            var hits = Hunt.Text(s_everyAddress, token);
            Assert.True(expected == (hits.Count == 1), token);
            if (expected)
            {
                Assert.Equal($"0.0.0.0/0={trimmed}", hits[0]);
            }
        }
    }

    [Fact]
    public void Tokens_are_found_at_every_offset_of_the_16_byte_dot_search_and_in_its_tail()
    {
        var matcher = Hunt.Matcher("1.2.3.4", "evil.com");
        for (var pad = 0; pad < 40; pad++)
        {
            for (var tail = 0; tail < 20; tail++)
            {
                var text = new string(' ', pad) + "1.2.3.4 A.EVIL.com" + new string(':', tail);
                Assert.Equal(["1.2.3.4=1.2.3.4", "evil.com=A.EVIL.com"], Hunt.Text(matcher, text));
            }
        }
    }

    [Theory]
    [InlineData("ts=2026-11-22T08:48:00.123456+0000 dst=10.0.0.1", "10.0.0.1=10.0.0.1")]
    [InlineData("2026-11-22T08:48:00.123456+0000,10.0.0.1", "10.0.0.1=10.0.0.1")]
    [InlineData("08:48:10.0.0.1", "10.0.0.1=10.0.0.1")]
    [InlineData("1748736000.009000\t10.0.0.1\t60.000000,10.0.0.1.", "10.0.0.1=10.0.0.1")]
    [InlineData("from ..10.0.0.1.. to", "10.0.0.1=10.0.0.1")]
    public void An_address_after_a_time_or_a_delimiter_is_still_found(string text, string expected) =>
        Assert.Equal([expected], Hunt.Text(Hunt.Matcher("10.0.0.1"), text));

    // '-' belongs to host names, so these are one token each, as before the fast paths (docs/hunting.md: "1.2.3.4-rc1").
    [Theory]
    [InlineData("x-10.0.0.1")]
    [InlineData("-10.0.0.1")]
    [InlineData("2026-10.0.0.1")]
    [InlineData("10.0.0.1-rc2")]
    [InlineData("10.0.0.10")]
    public void An_address_glued_into_a_name_is_still_not_a_hit(string text) => Assert.Empty(Hunt.Text(Hunt.Matcher("10.0.0.1"), text));

    [Fact]
    public void Random_text_hits_exactly_what_a_reference_tokenizer_finds()
    {
        string[] indicators = ["1.2.3.4", "10.0.0.1", "evil.com", "a-b.example.org", "x_y.test.net"];
        var matcher = Hunt.Matcher(indicators);
        string[] pieces = ["1.2.3.4", "10.0.0.1", "evil.com", "EVIL.COM", "Evil.Com.", "a-b.example.org", "x_y.test.net", "A-B.Example.ORG",
            "2026-11-22T08:48:00.123456+0000", "1748736000.009000", "60.000000", "01.000001", "1.2.3.4.5", "0.1.2.3.4",
            ".", "..", ":", "-", "_", "+", ",", " ", "\t", "\"", "/", "=", "a", "Z", "9", "com", "www", "notevil"];
        var random = new Random(80);
        for (var round = 0; round < 5_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Reference(indicators, text);
            var actual = Hunt.Text(matcher, text).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{text}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    [Fact]
    public void Hex_blocks_with_control_bytes_that_look_like_digits_under_the_case_bit_are_not_hashes()
    {
        var md5 = "84c82835a5d21bbcf75a61706d8ab549";
        var matcher = Hunt.Matcher(md5);
        for (var at = 0; at < 32; at++)
        {
            // 0x10-0x19 OR 0x20 reads as '0'-'9': the digit test must use the byte as it is.
            var text = md5[..at] + (char)(0x10 + (at % 10)) + md5[(at + 1)..];
            Assert.Empty(Hunt.Text(matcher, "x " + text + " y"));
        }

        Assert.Equal([$"{md5}={md5.ToUpperInvariant()}"], Hunt.Text(matcher, "sum=" + md5.ToUpperInvariant()));
    }

    [Fact]
    public void Block_line_numbers_agree_with_a_plain_newline_count()
    {
        var random = new Random(9);
        foreach (var (length, blockSize) in new[] { (200_000, 4096), (300_000, 32768), (70_000, 64), (5_000, 16) })
        {
            foreach (var density in new[] { 0.01, 0.5, 1.0 })
            {
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = random.NextDouble() < density ? (byte)'\n' : (byte)random.Next(32, 127);
                }

                using var reader = new LogBlockReader(new MemoryStream(bytes), blockSize);
                var read = 0;
                while (reader.Next() is { } block)
                {
                    using (block)
                    {
                        Assert.Equal(1 + bytes.AsSpan(0, read).Count((byte)'\n'), block.FirstLine);
                        read += block.Length;
                    }
                }

                Assert.Equal(length, read);
            }
        }
    }

    [Fact]
    public void Hit_line_numbers_are_right_across_long_runs_of_lines()
    {
        var random = new Random(10);
        var text = new StringBuilder();
        var expected = new List<long>();
        for (var line = 1; line <= 20_000; line++)
        {
            var planted = random.Next(40) == 0;
            if (planted)
            {
                expected.Add(line);
            }

            text.Append(new string('a', random.Next(0, 300))).Append(planted ? " 1.2.3.4 " : "").Append('\n');
        }

        Assert.Equal(expected, Hunt.Lines(Hunt.Matcher("1.2.3.4"), text.ToString(), LogFormat.Text).Select(h => h.Line));
    }

    [Fact]
    public void Zeek_columns_that_can_hold_an_indicator_are_scanned_and_the_others_never_hit()
    {
        var header = "#separator \\x09\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tquery\tanswers\tTTLs\tuser_agent\n";
        var matcher = Hunt.Matcher("10.0.0.1", "evil.com", "1.2.3.4", "http://evil.com/x");
        var text = header
            + "1.2.3.4\tC1\t10.0.0.1\t53\t192.0.2.1\t53\ta.evil.com\t1.2.3.4,10.0.0.1\t60.000000\tevil.com\n"
            + "#comment 10.0.0.1 evil.com\n"
            + "1.0\tC2\t192.0.2.9\t53\t10.0.0.1\t53\tok.example\t-\t1.2.3.4\t-\n"
            + "\n"
            + "1.0\tC3\t192.0.2.9\t53\t192.0.2.8\t53\tEVIL.COM.\t(empty)\t-\t1.2.3.4\r\n"
            + "1.0\tC4\t192.0.2.9";
        var hits = Hunt.Lines(matcher, text).Select(h => $"{h.Line} {h.Field} {h.Indicator}={h.Value}");
        Assert.Equal(
        [
            "3 id.orig_h 10.0.0.1=10.0.0.1", "3 query evil.com=a.evil.com", "3 answers 1.2.3.4=1.2.3.4", "3 answers 10.0.0.1=10.0.0.1",
            "5 id.resp_h 10.0.0.1=10.0.0.1", "7 query evil.com=EVIL.COM",
        ], hits);
    }

    /// <summary>
    /// docs/hunting.md's rules written plainly: a token is a maximal run of letters, digits, '-', '_' and '.', with its
    /// edge dots dropped; all digits and dots → a strict dotted quad; otherwise a name and its parent domains.
    /// </summary>
    private static List<string> Reference(string[] indicators, string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match token in HostToken().Matches(text))
        {
            var value = token.Value.Trim('.');
            if (!value.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (value.All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                if (Quad().Match(value) is { Success: true } m && m.Groups.Values.Skip(1).All(g => int.Parse(g.Value) <= 255) && indicators.Contains(value))
                {
                    found.Add($"{value}={value}");
                }

                continue;
            }

            var lower = value.ToLowerInvariant();
            foreach (var indicator in indicators.Where(i => i.Any(char.IsAsciiLetter)).Where(i => lower == i || lower.EndsWith("." + i, StringComparison.Ordinal)))
            {
                found.Add($"{indicator}={value}");
            }
        }

        return [.. found];
    }

    [GeneratedRegex(@"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")]
    private static partial Regex Quad();

    [GeneratedRegex(@"[A-Za-z0-9\-_.]+")]
    private static partial Regex HostToken();
}
