using static Vigil.Domain.Inventory.Cpu.Microarchitectures;

namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// AMD model-number prefixes (see <see cref="ModelPattern"/>). Rows are only where one number meant one core; the
/// rest (Athlon X4 8xx, Opteron 22xx, Sempron 3000+) stay null rather than guessed.
/// </summary>
internal static class AmdModelTables
{
    /// <summary>Zen-era Athlons (200GE, 3000G, Silver 3050U, Gold 3150U) and Mendocino (7120U).</summary>
    public static readonly (string Pattern, string Name)[] Athlon =
    [
        ("2##G", Zen), ("3##G", Zen), ("3##U", Zen), ("3###G", Zen), ("3###U", Zen), ("3###C", Zen), ("3###E", Zen), ("3###B", Zen),
        ("4###G", Zen2), ("7#2#", Zen2),
    ];

    public static readonly (string Pattern, string Name)[] Sempron =
    [
        ("1##$", K10), ("2650", Jaguar), ("3850", Jaguar),
    ];

    /// <summary>Opteron 41xx/61xx K10, 42xx/62xx Bulldozer, 43xx/63xx Piledriver; 23xx/24xx/83xx/84xx K10; three digits K8.</summary>
    public static readonly (string Pattern, string Name)[] Opteron =
    [
        ("41##", K10), ("61##", K10), ("42##", Bulldozer), ("62##", Bulldozer), ("43##", Piledriver), ("63##", Piledriver),
        ("23##", K10), ("24##", K10), ("83##", K10), ("84##", K10), ("###$", K8),
    ];

    /// <summary>FX-x1xx/x2xx Bulldozer, x3xx and 9xxx Piledriver; mobile FX-7xxxP Steamroller, FX-8xxxP/9xxxP Excavator.</summary>
    public static readonly (string Pattern, string Name)[] FX =
    [
        ("7###P", Steamroller), ("8###P", Excavator), ("9###P", Excavator),
        ("#1##", Bulldozer), ("#2##", Bulldozer), ("#3##", Piledriver), ("9###", Piledriver),
    ];

    /// <summary>
    /// A-series by number: 1xxx Temash, 3xxx Llano, 4xxx/5xxx Trinity and Richland, but A4-5000/5100 and A6-5200 are
    /// Kabini; x2x0/x3x0/x4x0 with a 1 in third place (6310, 7410) are Beema/Carrizo-L; 7xxx Kaveri; 8xxx/9xxx Excavator.
    /// </summary>
    public static readonly (string Pattern, string Name)[] ASeries =
    [
        ("1###", Jaguar), ("3###", K10), ("4###", Piledriver),
        ("5000$", Jaguar), ("5100$", Jaguar), ("5200$", Jaguar), ("5###", Piledriver),
        ("6#1#", Puma), ("6###", Piledriver), ("7#1#", Puma), ("7###", Steamroller), ("8###", Excavator), ("9###", Excavator),
    ];

    /// <summary>E-350/E-450 and E1-1200 Bobcat (so is E2-2000), E1-2100/E2-3000 Jaguar, E1-6010/E2-7110 Puma, E2-9000 Excavator.</summary>
    public static readonly (string Pattern, string Name)[] ESeries =
    [
        ("###$", Bobcat), ("1###", Bobcat), ("2000", Bobcat), ("2###", Jaguar), ("3###", Jaguar),
        ("6###", Puma), ("7###", Puma), ("9###", Excavator),
    ];

    public static string? ZenByGeneration(int? generation) => generation switch
    {
        1 => Zen,
        2 => Zen2,
        3 => Zen3,
        4 => Zen4,
        5 => Zen5,
        _ => null,
    };
}
