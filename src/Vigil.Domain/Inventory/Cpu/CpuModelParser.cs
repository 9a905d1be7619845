namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// Reads processor model strings as Windows (Win32_Processor.Name), Linux (/proc/cpuinfo "model name") and
/// FusionInventory/OCS report them: "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz", "AMD Athlon(tm) II X2 250 Processor",
/// "Pentium(R) Dual-Core  CPU      E5700  @ 3.00GHz". Never throws; whatever it cannot tell is null.
/// </summary>
/// <remarks>
/// Runs for every inventory report, so it works on a stack buffer of words: no regular expressions, and the only
/// allocations are the result and its model-number string.
/// </remarks>
public static class CpuModelParser
{
    public static CpuInfo Parse(string? modelString)
    {
        var raw = modelString ?? string.Empty;
        Span<char> chars = stackalloc char[CpuWords.MaxChars];
        Span<CpuToken> tokens = stackalloc CpuToken[CpuWords.MaxTokens];
        var words = CpuWords.Split(raw, chars, tokens);

        var vendor = DetectVendor(words);
        var facts = vendor switch
        {
            CpuVendor.Intel => IntelParser.Parse(words),
            CpuVendor.Amd => AmdParser.Parse(words),
            CpuVendor.Qualcomm => SmallVendorParser.ParseQualcomm(words),
            CpuVendor.Apple => SmallVendorParser.ParseApple(words),
            CpuVendor.Via => SmallVendorParser.ParseVia(words),
            _ => CpuFacts.None,
        };

        return new CpuInfo(raw, vendor, facts.Brand, facts.Generation, facts.Microarchitecture, facts.ModelNumber);
    }

    /// <summary>A vendor name wins over a family name, so "AMD Athlon 64 X2 Dual Core" is not taken for an Intel Core.</summary>
    private static CpuVendor DetectVendor(CpuWords words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var vendor = VendorWord(words, i);
            if (vendor != CpuVendor.Unknown)
            {
                return vendor;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var vendor = FamilyWord(words[i]);
            if (vendor != CpuVendor.Unknown)
            {
                return vendor;
            }
        }

        return CpuVendor.Unknown;
    }

    private static CpuVendor VendorWord(CpuWords words, int i)
    {
        var word = words[i];
        if (Is(word, "intel") || Is(word, "intel64") || Is(word, "genuineintel") || Is(word, "em64t"))
        {
            return CpuVendor.Intel;
        }

        if (Is(word, "amd") || Is(word, "amd64") || Is(word, "authenticamd"))
        {
            return CpuVendor.Amd;
        }

        if (Is(word, "qualcomm") || Is(word, "snapdragon") || (Is(word, "microsoft") && words.StartsWith(i + 1, "sq")))
        {
            return CpuVendor.Qualcomm;
        }

        if (Is(word, "apple"))
        {
            return CpuVendor.Apple;
        }

        if (Is(word, "via") || Is(word, "centaurhauls"))
        {
            return CpuVendor.Via;
        }

        return IsOtherVendor(word) ? CpuVendor.Other : CpuVendor.Unknown;
    }

    /// <summary>Strings that carry no vendor name, like Microsoft's lists ("Core(TM) i5-8400") or old Windows ("Pentium(R) Dual-Core").</summary>
    private static CpuVendor FamilyWord(ReadOnlySpan<char> word)
    {
        if (Is(word, "core") || StartsWith(word, "core2") || Is(word, "pentium") || Is(word, "celeron")
            || Is(word, "xeon") || Is(word, "atom"))
        {
            return CpuVendor.Intel;
        }

        if (Is(word, "ryzen") || Is(word, "athlon") || Is(word, "phenom") || Is(word, "sempron") || Is(word, "turion")
            || Is(word, "opteron") || StartsWith(word, "epyc"))
        {
            return CpuVendor.Amd;
        }

        return CpuVendor.Unknown;
    }

    private static bool IsOtherVendor(ReadOnlySpan<char> word) =>
        Is(word, "hygon") || Is(word, "hygongenuine") || Is(word, "zhaoxin") || Is(word, "ampere") || Is(word, "kunpeng")
        || Is(word, "phytium") || Is(word, "sifive") || Is(word, "arm") || StartsWith(word, "loongson")
        || StartsWith(word, "armv") || StartsWith(word, "cortex-") || StartsWith(word, "neoverse");

    private static bool Is(ReadOnlySpan<char> word, string text) => word.Equals(text, StringComparison.OrdinalIgnoreCase);

    private static bool StartsWith(ReadOnlySpan<char> word, string text) => word.StartsWith(text, StringComparison.OrdinalIgnoreCase);
}
