namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// AMD families: "AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx", "AMD Athlon(tm) II X2 250 Processor",
/// "AMD A8-7600 Radeon R7, 10 Compute Cores 4C+6G", "AMD FX(tm)-8350 Eight-Core Processor", "AMD EPYC 7763 64-Core Processor".
/// </summary>
internal static class AmdParser
{
    public static CpuFacts Parse(CpuWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var facts = Is(word, "ryzen") ? AmdRyzenParser.Parse(words, i + 1)
                : Is(word, "athlon") ? Athlon(words, i + 1)
                : Is(word, "phenom") ? Phenom(words, i + 1)
                : Is(word, "sempron") ? Sempron(words, i + 1)
                : Is(word, "turion") ? Turion(words, i + 1)
                : Is(word, "opteron") ? Opteron(words, i + 1)
                : word.StartsWith("epyc", StringComparison.OrdinalIgnoreCase) ? Epyc(words, i)
                : Is(word, "fx") || word.StartsWith("fx-", StringComparison.OrdinalIgnoreCase) ? FX(words, i)
                : ASeries(words, i);
            if (!facts.IsEmpty)
            {
                return facts;
            }

            facts = LowPower(word);
            if (!facts.IsEmpty)
            {
                return facts;
            }
        }

        // "AMD 3020e with Radeon Graphics": sold without a family name, but the number is still worth keeping.
        var amd = words.IndexOf("amd");
        var at = amd < 0 ? -1 : words.FindModel(amd + 1);
        return at == amd + 1 && amd >= 0 ? new CpuFacts(null, null, null, words[at].ToString()) : CpuFacts.None;
    }

    private static CpuFacts Athlon(CpuWords words, int next)
    {
        var word = words[next];
        var (brand, micro, from) = Is(word, "ii") ? (CpuBrands.AthlonII, Microarchitectures.K10, next + 1)
            : Is(word, "64") ? (CpuBrands.Athlon64, Microarchitectures.K8, next + 1)
            : Is(word, "xp") ? (CpuBrands.AthlonXP, Microarchitectures.K7, next + 1)
            : (CpuBrands.Athlon, null, next);
        var at = words.FindModel(from);
        micro ??= at < 0 ? null : ModelPattern.Lookup(words[at], AmdModelTables.Athlon);
        return new CpuFacts(brand, null, micro, Text(words, at));
    }

    private static CpuFacts Phenom(CpuWords words, int next)
    {
        var brand = Is(words[next], "ii") ? CpuBrands.PhenomII : CpuBrands.Phenom;
        return new CpuFacts(brand, null, Microarchitectures.K10, Text(words, words.FindModel(next)));
    }

    private static CpuFacts Sempron(CpuWords words, int next)
    {
        var at = words.FindModel(next);
        var micro = at < 0 ? null : ModelPattern.Lookup(words[at], AmdModelTables.Sempron);
        return new CpuFacts(CpuBrands.Sempron, null, micro, Text(words, at));
    }

    /// <summary>"Turion(tm) 64 X2 Mobile Technology TL-60", "Turion(tm) II Dual-Core Mobile M520": the 64 and II are not models.</summary>
    private static CpuFacts Turion(CpuWords words, int next)
    {
        while (Is(words[next], "64") || Is(words[next], "ii") || Is(words[next], "neo"))
        {
            next++;
        }

        return new CpuFacts(CpuBrands.Turion, null, null, Text(words, words.FindModel(next)));
    }

    private static CpuFacts Opteron(CpuWords words, int next)
    {
        var at = words.FindModel(next);
        var micro = at < 0 ? null : ModelPattern.Lookup(words[at], AmdModelTables.Opteron);
        return new CpuFacts(CpuBrands.Opteron, null, micro, Text(words, at));
    }

    /// <summary>The last digit of an EPYC number is its generation (7601 Zen, 7742 Zen 2, 7763 Zen 3, 9654 Zen 4, 9755 Zen 5).</summary>
    private static CpuFacts Epyc(CpuWords words, int at)
    {
        var word = words[at];
        if (word.Length > 5 && word[4] == '-')
        {
            // QEMU model names: "AMD EPYC-Rome Processor".
            var family = word[5..];
            var named = Is(family, "rome") ? 2 : Is(family, "milan") ? 3 : Is(family, "genoa") ? 4 : (int?)null;
            return new CpuFacts(CpuBrands.Epyc, null, AmdModelTables.ZenByGeneration(named), null);
        }

        var modelAt = words.FindModel(at + 1);
        var model = words[modelAt];
        // Frequency-optimised parts put a letter inside the number (72F3, 7H12); the fourth place is still the generation.
        var fourCharacters = model.Length >= 4 && char.IsAsciiDigit(model[0]) && char.IsAsciiDigit(model[3])
            && (model.Length == 4 || !char.IsAsciiDigit(model[4]));
        int? generation = fourCharacters && model[3] is >= '1' and <= '9' ? model[3] - '0' : null;
        return new CpuFacts(CpuBrands.Epyc, generation, AmdModelTables.ZenByGeneration(generation), Text(words, modelAt));
    }

    /// <summary>FX-8350 Piledriver, FX-8150 Bulldozer, FX-7600P/FX-8800P mobile Kaveri/Carrizo.</summary>
    private static CpuFacts FX(CpuWords words, int at)
    {
        var word = words[at];
        var model = word.Length > 3 ? word[3..] : words[words.FindModel(at + 1)].TrimStart('-');
        if (model.IsEmpty)
        {
            return new CpuFacts(CpuBrands.FX, null, null, null);
        }

        return new CpuFacts(CpuBrands.FX, null, ModelPattern.Lookup(model, AmdModelTables.FX), model.ToString());
    }

    /// <summary>"A8-7600", "A10-5800K", "A10 PRO-7800B", "A6-9220": the tier is the brand, the number names the core.</summary>
    private static CpuFacts ASeries(CpuWords words, int at)
    {
        var word = words[at];
        var dash = word.IndexOf('-');
        var tier = dash < 0 ? word : word[..dash];
        var brand = tier switch
        {
            "A4" or "a4" => CpuBrands.A4,
            "A6" or "a6" => CpuBrands.A6,
            "A8" or "a8" => CpuBrands.A8,
            "A9" or "a9" => CpuBrands.A9,
            "A10" or "a10" => CpuBrands.A10,
            "A12" or "a12" => CpuBrands.A12,
            _ => null,
        };
        if (brand is null)
        {
            return CpuFacts.None;
        }

        var model = dash >= 0 ? word[(dash + 1)..] : words[at + 1];
        if (model.StartsWith("pro-", StringComparison.OrdinalIgnoreCase))
        {
            model = model[4..];
        }

        if (!CpuWords.HasDigit(model))
        {
            return new CpuFacts(brand, null, null, null);
        }

        return new CpuFacts(brand, null, ModelPattern.Lookup(model, AmdModelTables.ASeries), model.ToString());
    }

    /// <summary>Netbook and tablet APUs: E-350, E1-2100, E2-9000e (E-series) and C-60 (C-series).</summary>
    private static CpuFacts LowPower(ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        if (dash is < 1 or > 2 || dash == word.Length - 1 || !char.IsAsciiDigit(word[dash + 1])
            || (dash == 2 && !char.IsAsciiDigit(word[1])))
        {
            return CpuFacts.None;
        }

        var model = word[(dash + 1)..];
        if (word[0] is 'E' or 'e')
        {
            return new CpuFacts(CpuBrands.ESeries, null, ModelPattern.Lookup(model, AmdModelTables.ESeries), model.ToString());
        }

        return word[0] is 'C' or 'c' && dash == 1
            ? new CpuFacts(CpuBrands.CSeries, null, Microarchitectures.Bobcat, model.ToString())
            : CpuFacts.None;
    }

    private static string? Text(CpuWords words, int at) => at < 0 ? null : words[at].ToString();

    private static bool Is(ReadOnlySpan<char> word, string text) => word.Equals(text, StringComparison.OrdinalIgnoreCase);
}
