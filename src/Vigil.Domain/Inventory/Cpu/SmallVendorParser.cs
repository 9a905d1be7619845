namespace Vigil.Domain.Inventory.Cpu;

/// <summary>The small vendors: Qualcomm (Windows on ARM), Apple silicon and VIA/Centaur. Brand and model only.</summary>
internal static class SmallVendorParser
{
    /// <summary>
    /// "Snapdragon (TM) 8cx Gen 3", "Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU", "Microsoft SQ1",
    /// Microsoft's list entries "X1E-78-100". SQ chips are Snapdragon 8cx variants, so they carry that brand.
    /// </summary>
    public static CpuFacts ParseQualcomm(CpuWords words)
    {
        var gen = words.IndexOf("gen");
        int? generation = gen >= 0 && words[gen + 1].Length is 1 or 2 && ModelPattern.LeadingDigits(words[gen + 1]) == words[gen + 1].Length
            ? ModelPattern.Digits(words[gen + 1], words[gen + 1].Length)
            : null;

        for (var i = 0; i < words.Count; i++)
        {
            if (words.StartsWith(i, "x1e") || words.StartsWith(i, "x1p") || words.StartsWith(i, "x1-"))
            {
                return new CpuFacts(CpuBrands.Snapdragon, generation, Microarchitectures.Oryon, words[i].ToString());
            }
        }

        var snapdragon = words.IndexOf("snapdragon");
        if (snapdragon >= 0)
        {
            var model = words[snapdragon + 1];
            var oryon = model.Equals("x", StringComparison.OrdinalIgnoreCase);
            var text = model.IsEmpty || CpuWords.IsClock(model) ? null : model.ToString();
            return new CpuFacts(CpuBrands.Snapdragon, generation, oryon ? Microarchitectures.Oryon : null, text);
        }

        var microsoft = words.IndexOf("microsoft");
        if (microsoft >= 0 && words.StartsWith(microsoft + 1, "sq"))
        {
            return new CpuFacts(CpuBrands.Snapdragon, null, null, words[microsoft + 1].ToString());
        }

        var at = words.FindModel(0);
        return at < 0 ? CpuFacts.None : new CpuFacts(null, generation, null, words[at].ToString());
    }

    /// <summary>"Apple M1", "Apple M2 Pro": the brand is the chip generation, the variant goes into the model.</summary>
    public static CpuFacts ParseApple(CpuWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length is 2 or 3 && word[0] is 'M' or 'm' && ModelPattern.LeadingDigits(word[1..]) == word.Length - 1)
            {
                var number = ModelPattern.Digits(word[1..], word.Length - 1);
                var brand = number switch
                {
                    1 => CpuBrands.AppleM1,
                    2 => CpuBrands.AppleM2,
                    3 => CpuBrands.AppleM3,
                    4 => CpuBrands.AppleM4,
                    5 => CpuBrands.AppleM5,
                    _ => string.Concat("M", word[1..]),
                };
                var variant = words[i + 1];
                var isVariant = variant.Equals("pro", StringComparison.OrdinalIgnoreCase) || variant.Equals("max", StringComparison.OrdinalIgnoreCase)
                    || variant.Equals("ultra", StringComparison.OrdinalIgnoreCase);
                var model = isVariant ? string.Concat(brand, " ", variant) : brand;
                return new CpuFacts(brand, number, null, model);
            }
        }

        return CpuFacts.None;
    }

    /// <summary>"VIA Nano U3500@1000MHz", "VIA C7-D Processor 1800MHz", "VIA Eden Processor 1000MHz".</summary>
    public static CpuFacts ParseVia(CpuWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var brand = words.Is(i, "nano") ? CpuBrands.ViaNano
                : words.Is(i, "c7") || words.StartsWith(i, "c7-") ? CpuBrands.ViaC7
                : words.Is(i, "eden") ? CpuBrands.ViaEden
                : null;
            if (brand is not null)
            {
                var at = words.FindModel(i + 1);
                return new CpuFacts(brand, null, null, at < 0 ? null : words[at].ToString());
            }
        }

        return CpuFacts.None;
    }
}
