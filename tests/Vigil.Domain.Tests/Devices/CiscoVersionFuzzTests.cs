using System.Text;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>Seeded, so a failure reproduces: random and mutated version strings never throw, and what parses round-trips.</summary>
public class CiscoVersionFuzzTests
{
    private static readonly string[] Seeds =
    [
        "12.2(55)SE7", "15.0(2)SE11a", "15.2(4.0.55)E", "12.4(25d)", "16.09.03", "03.06.06E", "03.09.01.S", "17.3.1a",
        "7.0(3)I7(9)", "14.0(1h) [build 14.0(1h)]", "4.2(1)SV1(5.2)", "10.2(5)M", "9.8(4)45", "9.6(2.99)", "8.10.151.0", "2.5.9.54",
    ];

    private const string Alphabet = "0123456789.()[]abcdefzEIMNSTUVX _-\t";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_and_mutated_versions_never_throw(int seed)
    {
        var random = new Random(seed);
        var families = Enum.GetValues<CiscoOsFamily>();
        for (var iteration = 0; iteration < 5_000; iteration++)
        {
            var text = iteration % 2 == 0 ? Mutate(Seeds[random.Next(Seeds.Length)], random) : RandomText(random);
            var family = families[random.Next(families.Length)];

            var parsed = CiscoVersion.Parse(family, text);

            if (parsed.IsSuccess)
            {
                var version = parsed.Value!;
                Assert.Equal(family, version.Family);
                Assert.Equal(version, CiscoVersion.Parse(family, version.Normalized).Value);
                Assert.Equal(CiscoVersionOrder.Same, CiscoVersion.Compare(version, version));
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(parsed.Error!.Message));
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var at = random.Next(builder.Length + 1);
            if (random.Next(2) == 0 && at < builder.Length)
            {
                builder.Remove(at, 1);
            }
            else
            {
                builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(0, 20); i > 0; i--)
        {
            builder.Append(random.Next(5) == 0 ? (char)random.Next(0, 0x3000) : Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
