using static Vigil.Domain.Inventory.Cpu.Microarchitectures;

namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// Xeon: "Xeon(R) CPU E5-2680 v4", "Xeon(R) CPU E5-2670 0" (Sandy Bridge prints a 0 where later parts print v2),
/// "Xeon(R) Gold 6338", "Xeon(R) W-2245", "Xeon(R) CPU X5650". Xeons have no generation number; the version or the
/// second digit of a Scalable part names the architecture.
/// </summary>
internal static class XeonParser
{
    private static readonly (string Pattern, string Name)[] Families =
    [
        ("E-21##", CoffeeLake), ("E-22##", CoffeeLake), ("E-23##", RocketLake), ("E-24##", RaptorLake),
        ("W-10###", CometLake), ("W-11###", TigerLake), ("W-12##", CometLake), ("W-13##", RocketLake),
        ("W-21##", Skylake), ("W-22##", CascadeLake), ("W-31##", Skylake), ("W-32##", CascadeLake), ("W-33##", IceLake),
        ("W#-24##", SapphireRapids), ("W#-25##", SapphireRapids), ("W#-34##", SapphireRapids), ("W#-35##", SapphireRapids),
        ("D-15##", Broadwell), ("D-16##", Broadwell), ("D-21##", Skylake),
        ("D-17##", IceLake), ("D-18##", IceLake), ("D-27##", IceLake), ("D-28##", IceLake),
    ];

    /// <summary>Pre-2011 four-digit numbers once a leading X/E/L/W is dropped: 51xx Woodcrest … 56xx Westmere-EP.</summary>
    private static readonly (string Pattern, string Name)[] Numbered =
    [
        ("51##$", Core), ("53##$", Core), ("52##$", Penryn), ("54##$", Penryn),
        ("55##$", Nehalem), ("34##$", Nehalem), ("35##$", Nehalem), ("56##$", Westmere), ("36##$", Westmere),
    ];

    public static CpuFacts Parse(CpuWords words, int next)
    {
        var at = next;
        while (words.Is(at, "cpu") || words.Is(at, "processor"))
        {
            at++;
        }

        var tier = IsTier(words[at]) ? at++ : -1;
        var model = words[at];
        if (!CpuWords.HasDigit(model) || CpuWords.IsClock(model))
        {
            return new CpuFacts(CpuBrands.Xeon, null, null, null);
        }

        var version = words[at + 1];
        var hasVersion = version.Length == 2 && version[0] is 'v' or 'V' && char.IsAsciiDigit(version[1]);
        var text = tier >= 0 ? string.Concat(words[tier], " ", model)
            : hasVersion ? string.Concat(model, " ", version)
            : model.ToString();
        var micro = tier >= 0 ? Scalable(model) : Microarchitecture(model, hasVersion ? version[1] - '0' : 1);
        return new CpuFacts(CpuBrands.Xeon, null, micro, text);
    }

    private static bool IsTier(ReadOnlySpan<char> word) =>
        word.Equals("bronze", StringComparison.OrdinalIgnoreCase) || word.Equals("silver", StringComparison.OrdinalIgnoreCase)
        || word.Equals("gold", StringComparison.OrdinalIgnoreCase) || word.Equals("platinum", StringComparison.OrdinalIgnoreCase);

    /// <summary>Bronze/Silver/Gold/Platinum: the second digit is the generation of Xeon Scalable (6338 → 3rd, Ice Lake).</summary>
    private static string? Scalable(ReadOnlySpan<char> model)
    {
        if (ModelPattern.LeadingDigits(model) != 4)
        {
            return null;
        }

        return model[1] switch
        {
            '1' => Skylake,
            '2' => CascadeLake,
            '3' => model.Length > 4 && model[4] is 'H' or 'h' ? CooperLake : IceLake,
            '4' => SapphireRapids,
            '5' => EmeraldRapids,
            _ => null,
        };
    }

    private static string? Microarchitecture(ReadOnlySpan<char> model, int version)
    {
        if (ModelPattern.Matches(model, "E3-1"))
        {
            return version switch
            {
                <= 1 => SandyBridge,
                2 => IvyBridge,
                3 => Haswell,
                4 => Broadwell,
                5 => Skylake,
                6 => KabyLake,
                _ => null,
            };
        }

        if (ModelPattern.Matches(model, "E5-") || ModelPattern.Matches(model, "E7-"))
        {
            return version switch
            {
                <= 1 => model[1] == '7' ? Westmere : SandyBridge,
                2 => IvyBridge,
                3 => Haswell,
                4 => Broadwell,
                _ => null,
            };
        }

        var named = ModelPattern.Lookup(model, Families);
        if (named is not null || model.Contains('-'))
        {
            return named;
        }

        var number = model.Length > 0 && char.IsAsciiLetter(model[0]) ? model[1..] : model;
        return ModelPattern.Lookup(number, Numbered);
    }
}
