using System.Text;
using Vigil.Domain.Hunting;

namespace Vigil.Domain.Tests.Hunting;

/// <summary>Seeded fuzzing per reader: mutated samples (bytes flipped, cut, duplicated, random bytes) never throw.</summary>
public class FuzzTests
{
    [Theory]
    [InlineData("eve.json", LogFormat.SuricataEve)]
    [InlineData("zeek_dns.log", LogFormat.ZeekTsv)]
    [InlineData("zeek_http.log", LogFormat.ZeekTsv)]
    [InlineData("pfirewall_with_pid_sample.log", LogFormat.WindowsFirewall)]
    [InlineData("windows_dns_debug_format_and_examples.txt", LogFormat.WindowsDns)]
    [InlineData("squid_access.log", LogFormat.Squid)]
    [InlineData("cisco_asa.log", LogFormat.CiscoAsa)]
    [InlineData("cisco_ios.log", LogFormat.CiscoIos)]
    [InlineData("eve.json", LogFormat.ZeekJson)]
    [InlineData("eve.json", LogFormat.Text)]
    public void Mutated_input_never_throws(string file, LogFormat format)
    {
        var sample = File.ReadAllBytes(Hunt.FixturePath(file));
        var matcher = Hunt.Matcher("evil.example.org", "bad-site.example", "1.2.3.4", "203.0.113.0/24", "2001:db8::/32",
            "84c82835a5d21bbcf75a61706d8ab549", "http://downloads.bad-site.example/payload/~user/get.php?id=1", "wikimedia.org", "ff02::fb");
        var hunter = new LogHunter(matcher);
        var header = LogFormatDetector.ReadHeader(format, sample);
        var random = new Random(file.Length * 31 + (int)format);
        const string Alphabet = ".:/-_{}[]\"\\,\t\n ()%0123456789abcdefABCDEFxyzé\u00ff";
        for (var round = 0; round < 300; round++)
        {
            var bytes = sample.ToList();
            for (var edits = random.Next(1, 12); edits > 0 && bytes.Count > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(5))
                {
                    case 0: bytes[at] = (byte)random.Next(256); break;
                    case 1: bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at)); break;
                    case 2: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 60), bytes.Count - at))); break;
                    case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Alphabet[random.Next(Alphabet.Length)].ToString())); break;
                    default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("ab12.", random.Next(1, 80))))); break;
                }
            }

            var hits = new List<HuntHit>();
            var data = bytes.ToArray();
            hunter.HuntBlock(data, 1, file, format, header, hits);
            Assert.All(hits, h => Assert.InRange(h.Line, 1, data.Count(b => b == '\n') + 1));
            _ = LogFormatDetector.Detect(data);
        }
    }

    [Fact]
    public void Random_bytes_never_throw_in_any_format()
    {
        var matcher = Hunt.Matcher("evil.com", "1.2.3.4", "2001:db8::1", "84c82835a5d21bbcf75a61706d8ab549", "http://evil.com/x");
        var hunter = new LogHunter(matcher);
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var data = new byte[random.Next(0, 4000)];
            random.NextBytes(data);
            foreach (var format in Enum.GetValues<LogFormat>())
            {
                hunter.HuntBlock(data, 1, "random", format, LogHeader.None, []);
            }
        }
    }
}
