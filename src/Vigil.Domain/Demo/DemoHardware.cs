using System.Globalization;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Demo;

/// <summary>
/// Hardware the way units actually have it: Core 2 Duo and Pentium G boxes from the 2010 procurement, Core i3/i5 of
/// the 4th–8th generation, a few new i5-12400s, branded (Dell, HP, Lenovo) and assembled machines whose firmware
/// says "To be filled by O.E.M.".
/// </summary>
internal static class DemoHardware
{
    /// <summary>A CPU as Windows names it, its cores, and how a person types it into a sheet.</summary>
    public sealed record Cpu(string Model, int Cores, string Typed);

    public sealed record Box(string Manufacturer, string Model, string SerialStyle, string MacPrefix);

    public static readonly Cpu[] OldCpus =
    [
        new("Intel(R) Pentium(R) Dual  CPU  E2180  @ 2.00GHz", 2, "Pentium E2180"),
        new("Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz", 2, "Core 2 Duo E7500"),
        new("Intel(R) Pentium(R) CPU G2030 @ 3.00GHz", 2, "Pentium G2030"),
        new("Intel(R) Core(TM) i3-2120 CPU @ 3.30GHz", 2, "Core i3-2120"),
    ];

    public static readonly Cpu[] MiddleCpus =
    [
        new("Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", 2, "Core i3-4130"),
        new("Intel(R) Core(TM) i5-4570 CPU @ 3.20GHz", 4, "Core i5-4570"),
        new("Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz", 4, "Core i5-6500"),
        new("Intel(R) Pentium(R) CPU G4560 @ 3.50GHz", 2, "Pentium G4560"),
        new("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz", 6, "Core i5-8400"),
    ];

    public static readonly Cpu[] NewCpus =
    [
        new("Intel(R) Core(TM) i5-8400 CPU @ 2.80GHz", 6, "Core i5-8400"),
        new("Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", 6, "Core i5-10400"),
        new("Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz", 4, "Core i3-10100"),
        new("12th Gen Intel(R) Core(TM) i5-12400", 6, "Core i5-12400"),
        new("13th Gen Intel(R) Core(TM) i5-13400", 10, "Core i5-13400"),
        new("AMD Ryzen 5 5600G with Radeon Graphics", 6, "Ryzen 5 5600G"),
    ];

    private static readonly Box[] OldBoxes =
    [
        new("Dell Inc.", "OptiPlex 380", "dell", "d4:be:d9"),
        new("Dell Inc.", "OptiPlex 3010", "dell", "d4:be:d9"),
        new("Hewlett-Packard", "HP Compaq dx2810 MT", "hp", "3c:d9:2b"),
        new("Hewlett-Packard", "HP Compaq 6200 Pro MT PC", "hp", "3c:d9:2b"),
        new("To be filled by O.E.M.", "To be filled by O.E.M.", "oem", "00:e0:4c"),
        new("To be filled by O.E.M.", "To be filled by O.E.M.", "oem", "00:e0:4c"),
    ];

    private static readonly Box[] MiddleBoxes =
    [
        new("Dell Inc.", "OptiPlex 3020", "dell", "18:66:da"),
        new("Dell Inc.", "OptiPlex 7040", "dell", "18:66:da"),
        new("HP", "HP ProDesk 400 G1 MT", "hp", "10:60:4b"),
        new("HP", "HP ProDesk 400 G4 MT", "hp", "10:60:4b"),
        new("LENOVO", "ThinkCentre M700", "lenovo", "6c:0b:84"),
        new("Gigabyte Technology Co., Ltd.", "H81M-DS2", "oem", "1c:1b:0d"),
    ];

    private static readonly Box[] NewBoxes =
    [
        new("Dell Inc.", "OptiPlex 3080", "dell", "b0:7b:25"),
        new("Dell Inc.", "OptiPlex 7010", "dell", "b0:7b:25"),
        new("HP", "HP ProDesk 400 G7 Microtower PC", "hp", "e0:70:ea"),
        new("LENOVO", "ThinkCentre neo 50s Gen 3", "lenovo", "88:ae:dd"),
        new("ASUSTeK COMPUTER INC.", "ExpertCenter D500SD", "asus", "04:42:1a"),
    ];

    public static Cpu[] CpusFor(DemoEra era) => era switch
    {
        DemoEra.WindowsXp or DemoEra.Windows7 => OldCpus,
        DemoEra.Windows81 or DemoEra.Windows10 or DemoEra.Ubuntu => MiddleCpus,
        _ => NewCpus,
    };

    public static Box[] BoxesFor(DemoEra era) => era switch
    {
        DemoEra.WindowsXp or DemoEra.Windows7 => OldBoxes,
        DemoEra.Windows81 or DemoEra.Windows10 or DemoEra.Ubuntu => MiddleBoxes,
        _ => NewBoxes,
    };

    public static long[] RamFor(DemoEra era) => era switch
    {
        DemoEra.WindowsXp => [1024, 2048],
        DemoEra.Windows7 => [2048, 2048, 4096],
        DemoEra.Windows81 => [4096],
        DemoEra.Windows10 or DemoEra.Ubuntu => [4096, 8192, 8192],
        _ => [8192, 16384],
    };

    public static List<DiskInfo> DisksFor(DemoEra era, Random random) => era switch
    {
        DemoEra.WindowsXp => [Pick(random, new DiskInfo("ST3160815AS", DiskKind.Hdd, 160), new DiskInfo("WDC WD2500AAJS-00L7A0", DiskKind.Hdd, 250))],
        DemoEra.Windows7 => [Pick(random, new DiskInfo("ST3250318AS", DiskKind.Hdd, 250), new DiskInfo("WDC WD5000AAKX-00ERMA0", DiskKind.Hdd, 500), new DiskInfo("ST500DM002-1BD142", DiskKind.Hdd, 500))],
        DemoEra.Windows81 => [new DiskInfo("ST500DM002-1BD142", DiskKind.Hdd, 500)],
        DemoEra.Windows10 or DemoEra.Ubuntu => random.Next(3) switch
        {
            0 => [new DiskInfo("WDC WD10EZEX-08WN4A0", DiskKind.Hdd, 1000)],
            1 => [new DiskInfo("KINGSTON SA400S37240G", DiskKind.Ssd, 240)],
            _ => [new DiskInfo("KINGSTON SA400S37120G", DiskKind.Ssd, 120), new DiskInfo("ST500DM002-1BD142", DiskKind.Hdd, 500)],
        },
        _ => random.Next(3) switch
        {
            0 => [new DiskInfo("SAMSUNG MZVLB256HBHQ-000L7", DiskKind.Ssd, 256)],
            1 => [new DiskInfo("WDC PC SN530 SDBPNPZ-512G-1006", DiskKind.Ssd, 512)],
            _ => [new DiskInfo("KINGSTON SNV2S500G", DiskKind.Ssd, 500), new DiskInfo("ST1000DM010-2EP102", DiskKind.Hdd, 1000)],
        },
    };

    /// <summary>A serial number in the vendor's style; assembled machines carry the board's placeholder.</summary>
    public static string Serial(Box box, int number, Random random)
    {
        const string alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZ";
        string Chars(int n) => new([.. Enumerable.Range(0, n).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var unique = number.ToString("X4", CultureInfo.InvariantCulture);
        return box.SerialStyle switch
        {
            "dell" => Chars(3) + unique,
            "hp" => Pick(random, "CZC", "SGH", "8CG", "4CE") + Chars(3) + unique,
            "lenovo" => "PC0" + Chars(1) + unique,
            "asus" => "N" + Chars(1) + "0CX" + Chars(2) + unique,
            _ => Pick(random, "To be filled by O.E.M.", "Default string", "System Serial Number"),
        };
    }

    /// <summary>A universally administered MAC from the vendor's prefix; the machine's number keeps it unique.</summary>
    public static string Mac(Box box, int number) =>
        box.MacPrefix + ":" + string.Join(':', new[] { (number >> 16) & 0xFF, (number >> 8) & 0xFF, number & 0xFF }.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));

    /// <summary>Assembled boards often report the same placeholder UUID; branded ones a real one.</summary>
    public static string Uuid(Box box, Random random, DemoIds ids) =>
        box.SerialStyle == "oem" && random.Next(2) == 0 ? "03000200-0400-0500-0006-000700080009" : ids.Next().ToString("D").ToUpperInvariant();

    public static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];
}
