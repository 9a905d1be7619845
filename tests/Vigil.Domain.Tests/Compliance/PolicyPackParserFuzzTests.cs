using System.Text;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Domain.Compliance.Catalogs;

namespace Vigil.Domain.Tests.Compliance;

/// <summary>Seeded, so a failure reproduces: mutations of the real default pack never throw and every error has a position.</summary>
public class PolicyPackParserFuzzTests
{
    private const string Interesting = ":-[]{},#&*!|>'\"%@` \n\t0123456789abcxyz";

    private static readonly string[] Fragments =
    [
        "\n  - id: x\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "? ", "|\n", ">-\n", "'", "\"", "\t", "---\n",
        "check: anti-malware", "parameters: {kind: edr}", "max_age_days: 9999999999999", "enabled: maybe", "products: []",
        "applies_to: {os_families: [beos]}", "\u0000", "\uFEFF", "é", "%YAML 1.1\n", "extends: directive-xp7\n",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_packs_never_throw_and_errors_carry_a_position(int seed)
    {
        var random = new Random(seed);
        var original = PolicyPacks.DefaultYaml();
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var yaml = Mutate(original, random, 1 + random.Next(6));

            var result = PolicyPackParser.Parse(yaml, "fuzz.yaml");

            if (result.IsSuccess)
            {
                Assert.NotNull(result.Value);
                Assert.All(result.Value!.Rules, r => Assert.True(PolicyChecks.Find(r.Check) is not null || r.Check.Length == 0));

                // Whatever parses can be applied and compiled without an exception, and a compiled pack evaluates.
                var pack = result.Value.Extends is null ? Result<PolicyPack>.Ok(result.Value) : PolicyPacks.WithOverride(PolicyPacks.Default, result.Value);
                if (pack.IsSuccess && CompiledPolicy.Compile(pack.Value!, ComplianceCatalogs.Default) is { IsSuccess: true } compiled)
                {
                    Assert.Equal(compiled.Value!.RuleIds.Count, compiled.Value.Evaluate(Pcs.Windows7, Pcs.AsOf).Count);
                }
            }
            else
            {
                Assert.Matches(@"^fuzz\.yaml:\d+:\d+: .+", result.Error!.Message);
                Assert.StartsWith("policy.", result.Error.Code, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Random_text_never_throws(int seed)
    {
        var random = new Random(seed);
        for (var iteration = 0; iteration < 500; iteration++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 200);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0x20, 0x2FF) : Interesting[random.Next(Interesting.Length)]);
            }

            var result = PolicyPackParser.Parse(builder.ToString(), "fuzz.yaml");

            Assert.True(result.IsSuccess || result.Error!.Message.StartsWith("fuzz.yaml:", StringComparison.Ordinal));
        }
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < edits && builder.Length > 0; i++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    builder[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                default:
                    var from = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 40), builder.Length - from);
                    builder.Insert(at, builder.ToString(from, length));
                    break;
            }
        }

        return builder.ToString();
    }
}
