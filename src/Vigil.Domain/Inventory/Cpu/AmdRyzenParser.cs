namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// Ryzen, Ryzen Threadripper, Ryzen Embedded, Ryzen AI and Ryzen Z. The "generation" of a Ryzen is its model series,
/// the first digit of the number (3600 → 3): AMD counts model years with it, and a single series can mix
/// architectures (7520U is Zen 2, 7530U Zen 3, 7535U Zen 3+, 7840U Zen 4), which the microarchitecture tells apart.
/// </summary>
internal static class AmdRyzenParser
{
    public static CpuFacts Parse(CpuWords words, int next)
    {
        var word = words[next];
        if (word.Length == 1 && word[0] is '3' or '5' or '7' or '9')
        {
            var brand = word[0] switch
            {
                '3' => CpuBrands.Ryzen3,
                '5' => CpuBrands.Ryzen5,
                '7' => CpuBrands.Ryzen7,
                _ => CpuBrands.Ryzen9,
            };
            return Numbered(words, brand, next + 1, threadripper: false);
        }

        if (Is(word, "threadripper"))
        {
            return Numbered(words, CpuBrands.RyzenThreadripper, next + 1, threadripper: true);
        }

        if (Is(word, "embedded"))
        {
            return Embedded(words, next + 1);
        }

        if (Is(word, "ai"))
        {
            return Ai(words, next + 1);
        }

        if (Is(word, "z1") || Is(word, "z2"))
        {
            var z1 = word[1] == '1';
            return new CpuFacts(z1 ? CpuBrands.RyzenZ1 : CpuBrands.RyzenZ2, null, z1 ? Microarchitectures.Zen4 : null, word.ToString());
        }

        return CpuFacts.None;
    }

    private static CpuFacts Numbered(CpuWords words, string brand, int from, bool threadripper)
    {
        var at = words.FindModel(from);
        var model = words[at];
        if (at < 0)
        {
            return new CpuFacts(brand, null, null, null);
        }

        if (ModelPattern.LeadingDigits(model) != 4)
        {
            return new CpuFacts(brand, null, null, model.ToString());
        }

        var series = model[0] - '0';
        var micro = threadripper ? Threadripper(series) : Microarchitecture(series, model);
        return new CpuFacts(brand, series is 0 ? null : series, micro, model.ToString());
    }

    /// <summary>
    /// Series to architecture, with the exceptions that share a series: 2xxxG/U/H Raven Ridge (Zen), 3xxxG/U/H/C
    /// Picasso (Zen+) but 3200U/3250U/3250C Dali (Zen), 5300U/5500U/5700U Lucienne (Zen 2), and the 7000 mobile rule
    /// where the third digit names the core: 7x20 Zen 2, 7x30 Zen 3, 7x35 Zen 3+, 7x40/7x45 Zen 4.
    /// </summary>
    private static string? Microarchitecture(int series, ReadOnlySpan<char> model)
    {
        var suffix = model[4..];
        var apu = suffix.StartsWith("G", StringComparison.OrdinalIgnoreCase) || suffix.StartsWith("U", StringComparison.OrdinalIgnoreCase)
            || suffix.StartsWith("H", StringComparison.OrdinalIgnoreCase);
        switch (series)
        {
            case 1:
                return Microarchitectures.Zen;
            case 2:
                return apu ? Microarchitectures.Zen : Microarchitectures.ZenPlus;
            case 3:
                var mobile = apu || suffix.StartsWith("C", StringComparison.OrdinalIgnoreCase);
                if (mobile && (suffix.StartsWith("U", StringComparison.OrdinalIgnoreCase) || suffix.StartsWith("C", StringComparison.OrdinalIgnoreCase))
                    && model[..4] is "3200" or "3250")
                {
                    return Microarchitectures.Zen;
                }

                return mobile ? Microarchitectures.ZenPlus : Microarchitectures.Zen2;
            case 4:
                return Microarchitectures.Zen2;
            case 5:
                var lucienne = suffix.StartsWith("U", StringComparison.OrdinalIgnoreCase) && model[2] == '0' && model[1] is '3' or '5' or '7';
                return lucienne ? Microarchitectures.Zen2 : Microarchitectures.Zen3;
            case 6:
                return Microarchitectures.Zen3Plus;
            case 7:
                return model[2] switch
                {
                    '2' => Microarchitectures.Zen2,
                    '3' => model[3] == '0' ? Microarchitectures.Zen3 : Microarchitectures.Zen3Plus,
                    _ => Microarchitectures.Zen4,
                };
            case 8:
                return Microarchitectures.Zen4;
            case 9:
                return Microarchitectures.Zen5;
            default:
                return null;
        }
    }

    private static string? Threadripper(int series) => series switch
    {
        1 => Microarchitectures.Zen,
        2 => Microarchitectures.ZenPlus,
        3 => Microarchitectures.Zen2,
        5 => Microarchitectures.Zen3,
        7 => Microarchitectures.Zen4,
        9 => Microarchitectures.Zen5,
        _ => null,
    };

    /// <summary>"Ryzen Embedded V1605B", "Ryzen Embedded R2000 Series R2312": letter, series digit, number.</summary>
    private static CpuFacts Embedded(CpuWords words, int from)
    {
        var at = words.FindModel(from);
        while (at >= 0 && words.Is(at + 1, "series"))
        {
            at = words.FindModel(at + 2);
        }

        var model = words[at];
        if (model.Length < 2 || !char.IsAsciiLetter(model[0]) || !char.IsAsciiDigit(model[1]))
        {
            return new CpuFacts(CpuBrands.RyzenEmbedded, null, null, at < 0 ? null : model.ToString());
        }

        var series = model[1] - '0';
        var micro = (char.ToUpperInvariant(model[0]), series) switch
        {
            ('V', 1) or ('R', 1) => Microarchitectures.Zen,
            ('R', 2) => Microarchitectures.ZenPlus,
            ('V', 2) => Microarchitectures.Zen2,
            ('V', 3) => Microarchitectures.Zen3,
            _ => null,
        };
        return new CpuFacts(CpuBrands.RyzenEmbedded, series, micro, model.ToString());
    }

    /// <summary>"Ryzen AI 9 HX 370", "Ryzen AI Max+ 395": the 300 numbers are Zen 5; AMD gives them no series digit of their own.</summary>
    private static CpuFacts Ai(CpuWords words, int at)
    {
        var word = words[at];
        var brand = Is(word, "5") ? CpuBrands.RyzenAi5
            : Is(word, "7") ? CpuBrands.RyzenAi7
            : Is(word, "9") ? CpuBrands.RyzenAi9
            : Is(word, "max") || Is(word, "max+") ? CpuBrands.RyzenAiMax
            : null;
        if (brand is null)
        {
            return CpuFacts.None;
        }

        var modelAt = words.FindModel(at + 1);
        var model = words[modelAt];
        var micro = ModelPattern.Matches(model, "3##$") ? Microarchitectures.Zen5 : null;
        return new CpuFacts(brand, null, micro, modelAt < 0 ? null : model.ToString());
    }

    private static bool Is(ReadOnlySpan<char> word, string text) => word.Equals(text, StringComparison.OrdinalIgnoreCase);
}
