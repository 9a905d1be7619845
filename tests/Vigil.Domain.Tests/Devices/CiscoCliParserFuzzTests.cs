using System.Text;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>
/// Seeded, so a failure reproduces: real samples cut, spliced, mutated and mixed with random text must give a result or
/// an error with a line inside the paste — never an exception — and a parsed version must round-trip.
/// </summary>
public class CiscoCliParserFuzzTests
{
    private static readonly string[] Fragments =
    [
        "Cisco IOS Software, ", "Version ", "(", ")", "uptime is ", "NAME: \"", "\", DESCR: \"", "PID: ", ", VID: ", ", SN: ",
        "Product Version.......... ", "Active-image: ", "  Version: ", "NXOS: version ", "Cisco Adaptive Security Appliance Software Version ",
        "System image file is \"", "Switch 02\n---------\n", "Model Number : ", "System Serial Number : ", "--More--", "\b", "\r", "\t",
        "Switch#", "(Cisco Controller) >", "15.2(7)E4", "17.3.1a", "7.0(3)I7(9)", "9.8(4)45", "8.10.151.0", "2.5.9.54", "\n", "\n\n",
        "Kernel uptime is ", "Last reset\n  Reason: ", "\u001B[1m", "ể", "\uFFFD", "\u0000", "SW version ", "System Up Time (days,hour:min:sec): ",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Mangled_pastes_never_throw(int seed)
    {
        var random = new Random(seed);
        var samples = CiscoFixtures.AllSamples();
        for (var iteration = 0; iteration < 600; iteration++)
        {
            var input = (iteration % 4) switch
            {
                0 => Mutate(samples[random.Next(samples.Count)], random),
                1 => Splice(samples, random),
                2 => RandomFragments(random),
                _ => Truncate(samples[random.Next(samples.Count)], random),
            };

            var parsed = CiscoCliParser.Parse(input);

            if (parsed.IsSuccess)
            {
                var facts = parsed.Value!;
                Assert.Equal("Cisco", facts.Vendor);
                Assert.True(Enum.IsDefined(facts.OsFamily));
                if (facts.Version is { } version)
                {
                    Assert.Equal(version, CiscoVersion.Parse(version.Family, version.Normalized).Value);
                }

                Assert.True(facts.Uptime is null || facts.Uptime >= TimeSpan.Zero);
                Assert.All(facts.Warnings, w => Assert.True(w.Line is null or >= 1));
            }
            else
            {
                var line = CiscoCliParser.LineOf(parsed.Error!);
                Assert.NotNull(line);
                Assert.InRange(line.Value, 1, input.Split('\n').Length);
                Assert.False(string.IsNullOrWhiteSpace(parsed.Error!.Message));
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 12); i > 0 && builder.Length > 0; i--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 40), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = (char)random.Next(0, 0x250);
                    break;
                default:
                    var from = random.Next(builder.Length);
                    builder.Insert(at, builder.ToString(from, Math.Min(60, builder.Length - from)));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Splice(IReadOnlyList<string> samples, Random random)
    {
        var a = samples[random.Next(samples.Count)];
        var b = samples[random.Next(samples.Count)];
        return string.Concat(a.AsSpan(0, random.Next(a.Length)), b.AsSpan(random.Next(b.Length)));
    }

    private static string Truncate(string text, Random random) => text[..random.Next(text.Length)];

    private static string RandomFragments(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(1, 80); i > 0; i--)
        {
            builder.Append(random.Next(3) == 0 ? ((char)random.Next(0x20, 0x7F)).ToString() : Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }
}
