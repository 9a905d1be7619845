using static Vigil.Domain.Inventory.Cpu.Microarchitectures;

namespace Vigil.Domain.Inventory.Cpu;

/// <summary>
/// Model-number prefixes of Pentium, Celeron and Atom, whose numbers say nothing about generation on their own.
/// Patterns use <see cref="ModelPattern"/>: '#' a digit, '$' no more digits. First match wins, so narrow rows come
/// first. Gaps are deliberate: where one number served two designs (Celeron 7xx, Pentium T2xxx) the answer is null.
/// </summary>
internal static class IntelModelTables
{
    public static readonly (string Pattern, string Name)[] Pentium =
    [
        ("G6##$", SandyBridge), ("G8##$", SandyBridge), ("G2###", IvyBridge), ("G3###", Haswell),
        ("G44##", Skylake), ("G450#", Skylake), ("G452#", Skylake), ("G456#", KabyLake), ("G46##", KabyLake),
        ("G5###", CoffeeLake), ("G64##", CometLake), ("G65##", CometLake), ("G66##", CometLake), ("G69##", Westmere),
        ("G7###", AlderLake),
        ("E2###", Core), ("E5###", Penryn), ("E6###", Penryn), ("T4###", Penryn), ("SU4###", Penryn),
        ("B9##$", SandyBridge), ("P6###", Westmere), ("9##$", SandyBridge),
        ("20##", IvyBridge), ("21##", IvyBridge), ("35##", Haswell), ("38##", Broadwell),
        ("4405", Skylake), ("441#", KabyLake), ("4425", AmberLake), ("5405", WhiskeyLake), ("6405", CometLake),
        ("6500Y", AmberLake), ("6805", TigerLake), ("7505", TigerLake), ("85##", AlderLake),
    ];

    public static readonly (string Pattern, string Name)[] Celeron =
    [
        ("G1101", Westmere), ("G16##", IvyBridge), ("G18##", Haswell), ("G4##$", SandyBridge), ("G5##$", SandyBridge),
        ("G390#", Skylake), ("G391#", Skylake), ("G392#", Skylake), ("G393#", KabyLake), ("G395#", KabyLake),
        ("G49##", CoffeeLake), ("G59##", CometLake), ("G69##", AlderLake),
        ("E1###", Core), ("E3###", Penryn), ("T1###", Core), ("T3###", Penryn), ("P4###", Westmere), ("U3###", Westmere),
        ("B8##$", SandyBridge), ("8##$", SandyBridge), ("2##$", Core), ("4##$", Core), ("5##$", Core), ("9##$", Penryn),
        ("10##", IvyBridge), ("29##", Haswell), ("32##", Broadwell), ("37##", Broadwell),
        ("3855", Skylake), ("3955", Skylake), ("3865", KabyLake), ("3867", KabyLake), ("3965", KabyLake),
        ("4205", WhiskeyLake), ("4305", WhiskeyLake), ("5205", CometLake), ("5305", CometLake),
        ("6305", TigerLake), ("6600", TigerLake), ("7300", AlderLake), ("7305", AlderLake),
    ];

    /// <summary>Pentium and Celeron N/J parts, built on Atom cores; shared because both brands used the same dies.</summary>
    public static readonly (string Pattern, string Name)[] AtomClass =
    [
        ("J1###", BayTrail), ("J2###", BayTrail), ("N28##", BayTrail), ("N29##", BayTrail), ("N35##", BayTrail),
        ("N30##", Braswell), ("N31##", Braswell), ("N37##", Braswell), ("J30##", Braswell), ("J31##", Braswell), ("J37##", Braswell),
        ("N33##", ApolloLake), ("N34##", ApolloLake), ("J33##", ApolloLake), ("J34##", ApolloLake), ("N42##", ApolloLake), ("J42##", ApolloLake),
        ("N40##", GeminiLake), ("N41##", GeminiLake), ("J40##", GeminiLake), ("J41##", GeminiLake), ("N50##", GeminiLake), ("J50##", GeminiLake),
        ("N45##", JasperLake), ("N51##", JasperLake), ("N60##", JasperLake),
        ("J64##", ElkhartLake), ("N62##", ElkhartLake), ("N64##", ElkhartLake),
    ];

    /// <summary>Atom by platform: netbooks (N270, N450, D525), tablets (Z3735F, x5-Z8350), embedded (E3845, x6425E).</summary>
    public static readonly (string Pattern, string Name)[] Atom =
    [
        ("N2##$", Diamondville), ("2##$", Diamondville), ("3##$", Diamondville), ("Z5##$", Silverthorne),
        ("N4##$", Pineview), ("N5##$", Pineview), ("D4##$", Pineview), ("D5##$", Pineview),
        ("N2###", Cedarview), ("D2###", Cedarview), ("Z27##", CloverTrail),
        ("Z36##", BayTrail), ("Z37##", BayTrail), ("E38##", BayTrail), ("Z8###", CherryTrail), ("E39##", ApolloLake),
        ("x6###", ElkhartLake), ("x7###", AmstonLake),
    ];

    /// <summary>CPU model names of QEMU/KVM, as a guest sees them in parentheses.</summary>
    public static readonly (string Word, string Name)[] QemuModels =
    [
        ("Penryn", Penryn), ("Conroe", Core), ("Nehalem", Nehalem), ("Westmere", Westmere),
        ("SandyBridge", SandyBridge), ("IvyBridge", IvyBridge), ("Haswell", Haswell), ("Broadwell", Broadwell),
        ("Skylake", Skylake), ("Cascadelake", CascadeLake), ("Cooperlake", CooperLake), ("Icelake", IceLake),
        ("SapphireRapids", SapphireRapids),
    ];
}
