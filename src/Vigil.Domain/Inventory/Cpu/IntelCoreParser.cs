namespace Vigil.Domain.Inventory.Cpu;

/// <summary>Intel's Core family: i3/i5/i7/i9, Ultra, Core 3/5/7, m3/m5/m7, Core 2 and Core Duo/Solo.</summary>
internal static class IntelCoreParser
{
    /// <summary>Reads what follows the word "Core"; <paramref name="nthGen"/> is the "13th Gen" prefix if any.</summary>
    public static CpuFacts ParseAfterCore(CpuWords words, int next, int? nthGen)
    {
        var word = words[next];
        if (IsNumberedBrand(word, 'i', "3579"))
        {
            return CoreI(words, next, nthGen);
        }

        if (word.Equals("ultra", StringComparison.OrdinalIgnoreCase))
        {
            return CoreUltra(words, next + 1);
        }

        if (word.Equals("2", StringComparison.OrdinalIgnoreCase))
        {
            return ParseCore2(words, next + 1);
        }

        if (word.Equals("duo", StringComparison.OrdinalIgnoreCase) || word.Equals("solo", StringComparison.OrdinalIgnoreCase))
        {
            var brand = word[0] is 'd' or 'D' ? CpuBrands.CoreDuo : CpuBrands.CoreSolo;
            return new CpuFacts(brand, null, Microarchitectures.Yonah, ModelText(words, words.FindModel(next + 1)));
        }

        if (word.Equals("m", StringComparison.OrdinalIgnoreCase) || IsNumberedBrand(word, 'm', "357")
            || word.StartsWith("m-", StringComparison.OrdinalIgnoreCase))
        {
            return CoreM(words, next);
        }

        if (word.Length > 0 && "3579".Contains(word[0]) && (word.Length == 1 || word[1] == '-'))
        {
            return CoreSeries(words, next);
        }

        return CpuFacts.None;
    }

    /// <summary>
    /// Core 2 strings: "Core(TM)2 Duo CPU E7500", "Core(TM)2 Quad CPU Q6600" and the early "Core(TM)2 CPU 6600".
    /// Every chip printed without Duo/Quad/Solo (E4300, E6600, T7200) was a dual core, hence Core 2 Duo.
    /// </summary>
    public static CpuFacts ParseCore2(CpuWords words, int next)
    {
        var word = words[next];
        var brand = word.Equals("quad", StringComparison.OrdinalIgnoreCase) ? CpuBrands.Core2Quad
            : word.Equals("solo", StringComparison.OrdinalIgnoreCase) ? CpuBrands.Core2Solo
            : word.Equals("extreme", StringComparison.OrdinalIgnoreCase) ? CpuBrands.Core2Extreme
            : CpuBrands.Core2Duo;
        var at = words.FindModel(next);
        var model = words[at];
        return new CpuFacts(brand, null, at < 0 ? null : IntelCoreMicroarchitecture.Core2(model), ModelText(words, at));
    }

    /// <summary>"i5-4590" in one word, or first-generation "i7 CPU 920" and mobile "i5 CPU M 520" in several.</summary>
    private static CpuFacts CoreI(CpuWords words, int at, int? nthGen)
    {
        var word = words[at];
        var tier = word[1];
        var brand = tier switch
        {
            '3' => CpuBrands.CoreI3,
            '5' => CpuBrands.CoreI5,
            '7' => CpuBrands.CoreI7,
            _ => CpuBrands.CoreI9,
        };

        if (word.Length > 3)
        {
            var model = word[3..];
            var generation = Generation(model) ?? nthGen;
            return new CpuFacts(brand, generation, IntelCoreMicroarchitecture.CoreI(tier, generation, model), model.ToString());
        }

        var next = at + 1;
        while (words.Is(next, "cpu") || words.Is(next, "processor"))
        {
            next++;
        }

        var letter = words[next].Length == 1 && char.IsAsciiLetter(words[next][0]) ? next++ : -1;
        var number = words[next];
        if (!CpuWords.HasDigit(number) || CpuWords.IsClock(number))
        {
            return new CpuFacts(brand, nthGen, IntelCoreMicroarchitecture.CoreI(tier, nthGen, []), null);
        }

        var gen = Generation(number) ?? nthGen;
        var text = letter < 0 ? number.ToString() : string.Concat(words[letter], " ", number);
        return new CpuFacts(brand, gen, IntelCoreMicroarchitecture.CoreI(tier, gen, number), text);
    }

    /// <summary>"Ultra 7 155H" as Windows prints it, "Ultra 5-125H" as Microsoft's list writes it; the series is the first digit.</summary>
    private static CpuFacts CoreUltra(CpuWords words, int at)
    {
        var word = words[at];
        if (!(word.Length > 0 && "3579".Contains(word[0]) && (word.Length == 1 || word[1] == '-')))
        {
            return CpuFacts.None;
        }

        var brand = word[0] switch
        {
            '3' => CpuBrands.CoreUltra3,
            '5' => CpuBrands.CoreUltra5,
            '7' => CpuBrands.CoreUltra7,
            _ => CpuBrands.CoreUltra9,
        };
        var model = word.Length > 2 ? word[2..] : words[words.FindModel(at + 1)];
        var series = model.Length > 0 && char.IsAsciiDigit(model[0]) ? model[0] - '0' : (int?)null;
        var micro = series switch
        {
            1 => Microarchitectures.MeteorLake,
            2 => model.EndsWith("V", StringComparison.OrdinalIgnoreCase) ? Microarchitectures.LunarLake : Microarchitectures.ArrowLake,
            3 => Microarchitectures.PantherLake,
            _ => null,
        };
        return new CpuFacts(brand, series, micro, model.IsEmpty ? null : model.ToString());
    }

    /// <summary>Core 3/5/7 without "Ultra" (Core 7 150U, Core 5 220H, Core 3 N355): series 1 and 2 are Raptor Lake silicon.</summary>
    private static CpuFacts CoreSeries(CpuWords words, int at)
    {
        var word = words[at];
        var brand = word[0] switch
        {
            '3' => CpuBrands.Core3,
            '5' => CpuBrands.Core5,
            '7' => CpuBrands.Core7,
            _ => CpuBrands.Core9,
        };
        var model = word.Length > 2 ? word[2..] : words[words.FindModel(at + 1)];
        if (model.IsEmpty)
        {
            return new CpuFacts(brand, null, null, null);
        }

        if (model[0] is 'N' or 'n')
        {
            return new CpuFacts(brand, null, Microarchitectures.TwinLake, model.ToString());
        }

        var series = char.IsAsciiDigit(model[0]) ? model[0] - '0' : (int?)null;
        var micro = series is 1 or 2 ? Microarchitectures.RaptorLake : null;
        return new CpuFacts(brand, series, micro, model.ToString());
    }

    /// <summary>Core M-5Y10 (Broadwell), m3-6Y30, m5-6Y57, m7-6Y75, m3-7Y30, m3-8100Y.</summary>
    private static CpuFacts CoreM(CpuWords words, int at)
    {
        var word = words[at];
        var brand = word.Length >= 2 && char.IsAsciiDigit(word[1])
            ? word[1] switch { '3' => CpuBrands.CoreM3, '5' => CpuBrands.CoreM5, _ => CpuBrands.CoreM7 }
            : CpuBrands.CoreM;
        var dash = word.IndexOf('-');
        var model = dash >= 0 ? word[(dash + 1)..] : words[words.FindModel(at + 1)];
        var generation = model.IsEmpty ? null : Generation(model);
        var micro = generation switch
        {
            5 => Microarchitectures.Broadwell,
            6 => Microarchitectures.Skylake,
            7 => Microarchitectures.KabyLake,
            8 => Microarchitectures.AmberLake,
            _ => null,
        };
        return new CpuFacts(brand, generation, micro, model.IsEmpty ? null : model.ToString());
    }

    /// <summary>
    /// The generation in an Intel Core model number: three digits are the first generation (920, 650, 530),
    /// four digits carry it in the first digit (2400 → 2, 8400 → 8) unless it starts with 1 (1135G7 → 11, 1355U → 13),
    /// five digits in the first two (10700 → 10, 14700 → 14); Y parts put it before the Y (7Y75 → 7). The N-series
    /// i3-N300/N305 have no generation number; they are Alder Lake-N silicon, so they rank as 12.
    /// </summary>
    public static int? Generation(ReadOnlySpan<char> model)
    {
        if (model.Length > 1 && model[0] is 'N' or 'n' && char.IsAsciiDigit(model[1]))
        {
            return 12;
        }

        var digits = ModelPattern.LeadingDigits(model);
        int? generation = digits switch
        {
            1 when model.Length > 1 && model[1] is 'Y' or 'y' => model[0] - '0',
            3 => 1,
            4 => model[0] == '1' ? ModelPattern.Digits(model, 2) : model[0] - '0',
            5 => ModelPattern.Digits(model, 2),
            _ => null,
        };
        return generation is >= 1 and <= 19 ? generation : null;
    }

    private static bool IsNumberedBrand(ReadOnlySpan<char> word, char letter, string tiers) =>
        word.Length >= 2 && char.ToLowerInvariant(word[0]) == letter && tiers.Contains(word[1])
        && (word.Length == 2 || word[2] == '-');

    private static string? ModelText(CpuWords words, int at) => at < 0 ? null : words[at].ToString();
}
