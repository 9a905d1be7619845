namespace Vigil.Domain.Inventory.Cpu;

/// <summary>Code names of Intel Core parts, from the generation plus the few model-number exceptions that matter.</summary>
internal static class IntelCoreMicroarchitecture
{
    /// <summary>
    /// Core i3/i5/i7/i9. <paramref name="tier"/> is the digit after "i"; <paramref name="model"/> the number ("4790K",
    /// "1135G7"). High-end desktop i7/i9 are numbered one generation ahead of their architecture (i7-4930K is Ivy
    /// Bridge-E), which only the model number reveals.
    /// </summary>
    public static string? CoreI(char tier, int? generation, ReadOnlySpan<char> model)
    {
        var digits = ModelPattern.LeadingDigits(model);
        var suffix = model[digits..];
        if (model.Length > 0 && model[0] is 'N' or 'n')
        {
            return Microarchitectures.AlderLakeN;
        }

        return generation switch
        {
            1 => FirstGeneration(tier, model[..digits]),
            2 => Microarchitectures.SandyBridge,
            3 => IsHighEndDesktop(tier, model, suffix) ? Microarchitectures.SandyBridgeE : Microarchitectures.IvyBridge,
            4 => IsHighEndDesktop(tier, model, suffix) ? Microarchitectures.IvyBridgeE : Microarchitectures.Haswell,
            5 => IsHighEndDesktop(tier, model, suffix) ? Microarchitectures.HaswellE : Microarchitectures.Broadwell,
            6 => IsHighEndDesktop(tier, model, suffix) ? Microarchitectures.BroadwellE : Microarchitectures.Skylake,
            7 => IsX(suffix) ? (digits == 4 && model[1] >= '8' ? Microarchitectures.SkylakeX : Microarchitectures.KabyLakeX) : Microarchitectures.KabyLake,
            8 => Eighth(model, digits, suffix),
            9 => IsX(suffix) ? Microarchitectures.SkylakeX : Microarchitectures.CoffeeLakeRefresh,
            10 => IsX(suffix) ? Microarchitectures.CascadeLakeX
                : suffix.StartsWith("G", StringComparison.OrdinalIgnoreCase) || suffix.StartsWith("NG", StringComparison.OrdinalIgnoreCase)
                    ? Microarchitectures.IceLake
                    : Microarchitectures.CometLake,
            11 => digits == 5 && IsDesktopSuffix(suffix) ? Microarchitectures.RocketLake : Microarchitectures.TigerLake,
            12 => Microarchitectures.AlderLake,
            13 => Microarchitectures.RaptorLake,
            14 => Microarchitectures.RaptorLakeRefresh,
            _ => null,
        };
    }

    /// <summary>
    /// Core 2 by letter and first digit: Conroe/Merom/Kentsfield ("Core") against their 45 nm shrinks ("Penryn").
    /// E7xxx, T6xxx, P, SU/SL/SP and every 8xxx/9xxx are Penryn; E4/E6, T5/T7, Q6, X6/X7, L7, U7, U2 are Core.
    /// </summary>
    public static string? Core2(ReadOnlySpan<char> model)
    {
        var letters = 0;
        while (letters < model.Length && char.IsAsciiLetter(model[letters]))
        {
            letters++;
        }

        if (letters >= model.Length || !char.IsAsciiDigit(model[letters]))
        {
            return null;
        }

        var prefix = model[..letters];
        var first = model[letters];
        if (prefix.StartsWith("S", StringComparison.OrdinalIgnoreCase) || prefix.Equals("P", StringComparison.OrdinalIgnoreCase)
            || first is '8' or '9'
            || (prefix.Equals("E", StringComparison.OrdinalIgnoreCase) && first == '7')
            || (prefix.Equals("T", StringComparison.OrdinalIgnoreCase) && first == '6'))
        {
            return Microarchitectures.Penryn;
        }

        return first is '2' or '4' or '5' or '6' or '7' ? Microarchitectures.Core : null;
    }

    /// <summary>
    /// Lynnfield/Bloomfield/Clarksfield (i7-8xx/9xx, i5-7xx, i7 mobile QM/XM) are Nehalem; Clarkdale/Arrandale
    /// (i3, i5-6xx, mobile M parts) and the six-core i7-970/980/990 are Westmere.
    /// </summary>
    private static string? FirstGeneration(char tier, ReadOnlySpan<char> number)
    {
        if (number.Length != 3)
        {
            return null;
        }

        if (number is "970" or "980" or "990")
        {
            return Microarchitectures.Westmere;
        }

        return tier != '3' && number[0] >= '7' ? Microarchitectures.Nehalem : Microarchitectures.Westmere;
    }

    /// <summary>i7-3820/3930K/3960X, 4820K/4930K, 5820K/5960X, 6800K/6950X: second digit 8 or 9 and no mobile suffix.</summary>
    private static bool IsHighEndDesktop(char tier, ReadOnlySpan<char> model, ReadOnlySpan<char> suffix) =>
        tier == '7' && model.Length >= 4 && model[1] >= '8'
        && (suffix.IsEmpty || suffix.Equals("K", StringComparison.OrdinalIgnoreCase) || suffix.Equals("X", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Eighth generation is four families: Y is Amber Lake, G is Kaby Lake G (with Radeon), U x30/x50 Kaby Lake
    /// Refresh (8250U), U x45/x65 Whiskey Lake (8265U), 8121U Cannon Lake; desktop, H and the remaining U parts Coffee Lake.
    /// </summary>
    private static string Eighth(ReadOnlySpan<char> model, int digits, ReadOnlySpan<char> suffix)
    {
        if (suffix.StartsWith("Y", StringComparison.OrdinalIgnoreCase))
        {
            return Microarchitectures.AmberLake;
        }

        if (suffix.StartsWith("G", StringComparison.OrdinalIgnoreCase))
        {
            return Microarchitectures.KabyLakeG;
        }

        if (digits == 4 && suffix.StartsWith("U", StringComparison.OrdinalIgnoreCase))
        {
            var tail = model[2..4];
            if (tail is "30" or "50")
            {
                return Microarchitectures.KabyLakeRefresh;
            }

            if (tail is "45" or "65")
            {
                return Microarchitectures.WhiskeyLake;
            }

            if (tail is "21")
            {
                return Microarchitectures.CannonLake;
            }
        }

        return Microarchitectures.CoffeeLake;
    }

    private static bool IsX(ReadOnlySpan<char> suffix) =>
        suffix.Equals("X", StringComparison.OrdinalIgnoreCase) || suffix.Equals("XE", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rocket Lake was desktop only; every other 11th-generation suffix (G7, H, B, E) is Tiger Lake.</summary>
    private static bool IsDesktopSuffix(ReadOnlySpan<char> suffix) =>
        suffix.IsEmpty || suffix.Equals("K", StringComparison.OrdinalIgnoreCase) || suffix.Equals("KF", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("F", StringComparison.OrdinalIgnoreCase) || suffix.Equals("T", StringComparison.OrdinalIgnoreCase);
}
