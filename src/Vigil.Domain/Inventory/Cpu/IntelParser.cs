namespace Vigil.Domain.Inventory.Cpu;

/// <summary>Finds the Intel family word and hands over to the parser for that family.</summary>
internal static class IntelParser
{
    public static CpuFacts Parse(CpuWords words)
    {
        var facts = Family(words);
        return facts.Microarchitecture is null ? facts with { Microarchitecture = VirtualMachineName(words) } : facts;
    }

    private static CpuFacts Family(CpuWords words)
    {
        var nthGen = NthGeneration(words);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Equals("core", StringComparison.OrdinalIgnoreCase))
            {
                var core = IntelCoreParser.ParseAfterCore(words, i + 1, nthGen);
                if (!core.IsEmpty)
                {
                    return core;
                }
            }
            else if (word.Equals("core2", StringComparison.OrdinalIgnoreCase))
            {
                return IntelCoreParser.ParseCore2(words, i + 1);
            }
            else if (word.Equals("pentium", StringComparison.OrdinalIgnoreCase))
            {
                return Pentium(words, i + 1);
            }
            else if (word.Equals("celeron", StringComparison.OrdinalIgnoreCase))
            {
                return Celeron(words, i + 1);
            }
            else if (word.Equals("xeon", StringComparison.OrdinalIgnoreCase))
            {
                return XeonParser.Parse(words, i + 1);
            }
            else if (word.Equals("atom", StringComparison.OrdinalIgnoreCase))
            {
                var at = words.FindModel(i + 1);
                var model = words[at];
                var micro = ModelPattern.Lookup(StripAtomTier(model), IntelModelTables.Atom);
                return new CpuFacts(CpuBrands.Atom, null, micro, at < 0 ? null : model.ToString());
            }
            else if (word.Equals("intel", StringComparison.OrdinalIgnoreCase) || (i == 0 && word.Equals("processor", StringComparison.OrdinalIgnoreCase)))
            {
                var unbranded = Unbranded(words, word.Equals("processor", StringComparison.OrdinalIgnoreCase) ? i : i + 1);
                if (!unbranded.IsEmpty)
                {
                    return unbranded;
                }
            }
        }

        return CpuFacts.None;
    }

    /// <summary>"Pentium(R) 4", "Pentium(R) D", "Pentium(R) Dual-Core CPU E5700", "Pentium(R) Dual CPU E2180", "Pentium(R) Gold G5400".</summary>
    private static CpuFacts Pentium(CpuWords words, int next)
    {
        var word = words[next];
        if (word.Equals("4", StringComparison.Ordinal) || word.Equals("d", StringComparison.OrdinalIgnoreCase))
        {
            var brand = word[0] == '4' ? CpuBrands.Pentium4 : CpuBrands.PentiumD;
            return new CpuFacts(brand, null, Microarchitectures.NetBurst, Model(words, next + 1));
        }

        if (word.Equals("m", StringComparison.OrdinalIgnoreCase))
        {
            return new CpuFacts(CpuBrands.PentiumM, null, null, Model(words, next + 1));
        }

        if (word.Equals("iii", StringComparison.OrdinalIgnoreCase) || word.Equals("ii", StringComparison.OrdinalIgnoreCase))
        {
            return new CpuFacts(word.Length == 3 ? CpuBrands.Pentium3 : CpuBrands.Pentium2, null, null, Model(words, next + 1));
        }

        var dualCore = word.Equals("dual-core", StringComparison.OrdinalIgnoreCase) || word.Equals("dual", StringComparison.OrdinalIgnoreCase);
        var at = words.FindModel(next);
        var model = words[at];
        return new CpuFacts(
            dualCore ? CpuBrands.PentiumDualCore : CpuBrands.Pentium,
            null,
            ModelPattern.Lookup(model, IntelModelTables.Pentium) ?? ModelPattern.Lookup(model, IntelModelTables.AtomClass),
            at < 0 ? null : model.ToString());
    }

    /// <summary>"Celeron(R) CPU J1900", "Celeron(R) N4020", "Celeron(R) D CPU 3.06GHz", "Celeron(R) M processor 1.50GHz".</summary>
    private static CpuFacts Celeron(CpuWords words, int next)
    {
        var word = words[next];
        var at = words.FindModel(next);
        var model = words[at];
        var text = at < 0 ? null : model.ToString();
        if (word.Equals("d", StringComparison.OrdinalIgnoreCase))
        {
            return new CpuFacts(CpuBrands.Celeron, null, Microarchitectures.NetBurst, text);
        }

        // Celeron M numbers (420, 520) collide with desktop Celerons of another core; leave them unnamed.
        var micro = word.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? null
            : ModelPattern.Lookup(model, IntelModelTables.Celeron) ?? ModelPattern.Lookup(model, IntelModelTables.AtomClass);
        return new CpuFacts(CpuBrands.Celeron, null, micro, text);
    }

    /// <summary>
    /// Parts sold as plain "Intel": "Intel(R) N100", "Intel(R) Processor N200", "Intel(R) Processor U300". The word
    /// after must be a model number, so "Genuine Intel(R) CPU 0000" and "Intel Core Processor (Haswell)" stay unbranded.
    /// </summary>
    private static CpuFacts Unbranded(CpuWords words, int at)
    {
        var processor = words.Is(at, "processor");
        if (processor)
        {
            at++;
        }

        var model = words[at];
        if (model.Length < 3 || !CpuWords.HasDigit(model) || CpuWords.IsClock(model))
        {
            return CpuFacts.None;
        }

        if (ModelPattern.Matches(model, "N##$") || ModelPattern.Matches(model, "N###$"))
        {
            var twin = model[1..] is "150" or "250";
            return new CpuFacts(CpuBrands.IntelProcessorN, null, twin ? Microarchitectures.TwinLake : Microarchitectures.AlderLakeN, model.ToString());
        }

        if (processor && (ModelPattern.Matches(model, "###$") || ModelPattern.Matches(model, "U###$")))
        {
            return new CpuFacts(CpuBrands.IntelProcessor, null, Microarchitectures.RaptorLake, model.ToString());
        }

        return CpuFacts.None;
    }

    /// <summary>"11th Gen Intel(R) Core(TM) i5-1135G7": the prefix newer chips print, used when the model number is odd.</summary>
    private static int? NthGeneration(CpuWords words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var word = words[i];
            var digits = ModelPattern.LeadingDigits(word);
            if (digits is 1 or 2 && word.Length == digits + 2 && words.Is(i + 1, "gen"))
            {
                return ModelPattern.Digits(word, digits);
            }
        }

        return null;
    }

    /// <summary>QEMU/KVM guests print the emulated model: "Intel Core Processor (Haswell, no TSX)", "Intel Xeon Processor (Cascadelake)".</summary>
    private static string? VirtualMachineName(CpuWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (word, name) in IntelModelTables.QemuModels)
            {
                if (words.Is(i, word))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>"x5-Z8350" → "Z8350": the x5/x7 tier says nothing about the silicon.</summary>
    private static ReadOnlySpan<char> StripAtomTier(ReadOnlySpan<char> model) =>
        model.Length > 3 && model[0] is 'x' or 'X' && model[2] == '-' ? model[3..] : model;

    private static string? Model(CpuWords words, int from)
    {
        var at = words.FindModel(from);
        return at < 0 ? null : words[at].ToString();
    }
}
