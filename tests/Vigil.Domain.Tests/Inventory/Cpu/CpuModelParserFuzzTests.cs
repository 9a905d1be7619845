using System.Text;
using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Tests.Inventory.Cpu;

/// <summary>Seeded, so a failure reproduces: random text and mutations of real strings must never throw or lose the input.</summary>
public class CpuModelParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz",
        "Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz",
        "Intel(R) Core(TM) i7 CPU       Q 720  @ 1.60GHz",
        "AMD A10 PRO-7800B R7, 12 Compute Cores 4C+8G",
        "AMD Ryzen Embedded R2000 Series R2312",
        "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz",
        "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU",
        "Apple M2 Pro",
        "AMD EPYC-Rome Processor",
        "12th Gen Intel(R) Core(TM) i5",
    ];

    private const string Interesting = "()®™-+@,. \t0123456789xXvVmMnNgGuUiIkKeE";

    private static readonly string[] Words =
    [
        "(R)", "(TM)", "core", "ultra", "i7", "i5-", "ryzen", "amd", "intel", "gen", "pentium", "celeron", "atom", "xeon",
        "gold", "athlon", "ii", "64", "a10", "pro-", "epyc-", "fx-", "e2-", "c-", "microsoft", "sq", "apple", "m9", "via",
        "nano", "snapdragon", "x1e", "series", "threadripper", "ai", "max+", "z1", "embedded", "processor", "with",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_and_mutated_strings_never_throw_and_keep_raw(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var input = (iteration % 3) switch
            {
                0 => RandomText(random),
                1 => Mutate(Seeds[random.Next(Seeds.Length)], random),
                _ => RandomWords(random),
            };

            var info = CpuModelParser.Parse(input);

            Assert.Same(input, info.Raw);
            Assert.True(Enum.IsDefined(info.Vendor));
            Assert.True(info.Generation is null or >= 0 and < 100, $"{input}: {info.Generation}");
        }
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var length = random.Next(0, 120);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 => Interesting[random.Next(Interesting.Length)],
                1 => (char)random.Next(0x20, 0x7F),
                2 => (char)random.Next(0, 0x3000),
                _ => (char)random.Next(0xD800, 0xE000),
            });
        }

        return builder.ToString();
    }

    private static string RandomWords(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Words[random.Next(Words.Length)]);
            if (random.Next(3) > 0)
            {
                builder.Append(random.Next(3) == 0 ? Interesting[random.Next(Interesting.Length)] : ' ');
            }
        }

        return builder.ToString();
    }

    private static string Mutate(string original, Random random)
    {
        var builder = new StringBuilder(original);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1:
                    builder.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    builder.Remove(at, Math.Min(random.Next(1, 10), builder.Length - at));
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }
}
