using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;

namespace Vigil.Bench.ComplianceEval;

/// <summary>
/// Seeded computers of a province in 2026: mostly Windows 10 and 7, some XP, 8.1, 11, servers and Linux; processors
/// from Microsoft's Windows 11 list and older; Bkav, other products or none; hotfix lists per era.
/// </summary>
internal static class FactsGenerator
{
    private static readonly (int Weight, OsFamily Family, string Name, string Release, string Version, string? Build)[] Systems =
    [
        (3, OsFamily.Windows, "Microsoft Windows XP Professional", "Windows XP", "5.1.2600", "2600"),
        (18, OsFamily.Windows, "Microsoft Windows 7 Professional", "Windows 7", "6.1.7601", "7601"),
        (3, OsFamily.Windows, "Microsoft Windows 7 Ultimate", "Windows 7", "6.1.7601", "7601"),
        (3, OsFamily.Windows, "Microsoft Windows 8.1 Pro", "Windows 8.1", "6.3.9600", "9600"),
        (30, OsFamily.Windows, "Microsoft Windows 10 Pro", "Windows 10", "10.0.19045", "19045"),
        (6, OsFamily.Windows, "Microsoft Windows 10 Pro", "Windows 10", "10.0.19044", "19044"),
        (3, OsFamily.Windows, "Microsoft Windows 10 Pro", "Windows 10", "10.0.18363", "18363"),
        (2, OsFamily.Windows, "Microsoft Windows 10 Enterprise LTSC", "Windows 10", "10.0.17763", "17763"),
        (2, OsFamily.Windows, "Microsoft Windows 10 Home Single Language", "Windows 10", "10.0.19045", "19045"),
        (8, OsFamily.Windows, "Microsoft Windows 11 Pro", "Windows 11", "10.0.22631", "22631"),
        (7, OsFamily.Windows, "Microsoft Windows 11 Pro", "Windows 11", "10.0.26100", "26100"),
        (1, OsFamily.Windows, "Microsoft Windows Server 2008 R2 Standard", "Windows Server 2008 R2", "6.1.7601", "7601"),
        (1, OsFamily.Windows, "Microsoft Windows Server 2012 R2 Standard", "Windows Server 2012 R2", "6.3.9600", "9600"),
        (2, OsFamily.Windows, "Microsoft Windows Server 2019 Standard", "Windows Server 2019", "10.0.17763", "17763"),
        (1, OsFamily.Windows, "Microsoft Windows Server 2022 Standard", "Windows Server 2022", "10.0.20348", "20348"),
        (2, OsFamily.Linux, "Ubuntu 22.04.4 LTS", "Ubuntu 22.04", "22.04", null),
        (1, OsFamily.Linux, "Ubuntu 18.04.6 LTS", "Ubuntu 18.04", "18.04", null),
        (2, OsFamily.Linux, "Ubuntu 24.04.1 LTS", "Ubuntu 24.04", "24.04", null),
        (1, OsFamily.Linux, "CentOS Linux 7 (Core)", "Centos 7", "7.9.2009", null),
        (1, OsFamily.Linux, "Debian GNU/Linux 12 (bookworm)", "Debian 12", "12", null),
        (1, OsFamily.Unknown, "", "", "", null),
    ];

    /// <summary>Old office processors first (pre-Windows 11), then models from Microsoft's lists.</summary>
    private static readonly string[] OldCpus =
    [
        "Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz", "Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz",
        "Pentium(R) Dual-Core  CPU      E5700  @ 3.00GHz", "Intel(R) Pentium(R) CPU G2030 @ 3.00GHz",
        "Intel(R) Pentium(R) CPU G3220 @ 3.00GHz", "Intel(R) Celeron(R) CPU N2840 @ 2.16GHz",
        "Intel(R) Core(TM) i3-2120 CPU @ 3.30GHz", "Intel(R) Core(TM) i3-3220 CPU @ 3.30GHz",
        "Intel(R) Core(TM) i5-3470 CPU @ 3.20GHz", "Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz",
        "Intel(R) Core(TM) i3-4150 CPU @ 3.50GHz", "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz",
        "Intel(R) Core(TM) i5-4460  CPU @ 3.20GHz", "Intel(R) Core(TM) i3-6100 CPU @ 3.70GHz",
        "Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz", "Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz",
        "AMD Athlon(tm) II X2 250 Processor", "AMD A8-7600 Radeon R7, 10 Compute Cores 4C+6G",
        "AMD Ryzen 5 1600 Six-Core Processor", "Intel(R) Xeon(R) CPU E3-1230 v3 @ 3.30GHz",
    ];

    private static readonly string[] NewCpus =
    [
        "Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", "Intel(R) Core(TM) i3-8100 CPU @ 3.60GHz",
        "Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", "Intel(R) Core(TM) i3-10100 CPU @ 3.60GHz",
        "Intel(R) Core(TM) i5-10400 CPU @ 2.90GHz", "11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz",
        "12th Gen Intel(R) Core(TM) i5-12400", "12th Gen Intel(R) Core(TM) i7-12700",
        "13th Gen Intel(R) Core(TM) i5-13400", "Intel(R) Pentium(R) Gold G6400 CPU @ 4.00GHz",
        "AMD Ryzen 5 3600 6-Core Processor", "AMD Ryzen 5 5600G with Radeon Graphics",
        "AMD Ryzen 7 5700U with Radeon Graphics", "Intel(R) Core(TM) Ultra 5 125H",
        "Intel(R) Xeon(R) Silver 4214R CPU @ 2.40GHz",
    ];

    private static readonly string[][] Hotfixes =
    [
        ["KB958644", "KB2347290", "KB4012598"],
        ["KB2533552", "KB3020369", "KB3125574", "KB4012212", "KB4474419", "KB4490628", "KB4534310"],
        ["KB2533552", "KB3020369", "KB3125574"],
        ["KB2919355", "KB3021910", "KB4012213", "KB5022352"],
        ["KB5011048", "KB5015684", "KB5043935", "KB5046613", "KB5044029"],
        ["KB5027397", "KB5043080", "KB5045935", "KB5046617"],
        [],
    ];

    public static ComplianceFacts[] Generate(int count, int seed, DateOnly asOf)
    {
        var random = new Random(seed);
        var software = SoftwareLists(random);
        var total = Systems.Sum(s => s.Weight);
        var facts = new ComplianceFacts[count];
        var day = asOf.ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(total);
            var os = Systems[0];
            foreach (var system in Systems)
            {
                if ((pick -= system.Weight) < 0)
                {
                    os = system;
                    break;
                }
            }

            var modern = os.Release is "Windows 11" || os.Release.StartsWith("Windows Server 20", StringComparison.Ordinal) && os.Release.EndsWith('2') || random.Next(3) == 0;
            var cpu = random.Next(40) == 0 ? null : modern ? NewCpus[random.Next(NewCpus.Length)] : OldCpus[random.Next(OldCpus.Length)];
            var observed = day.AddDays(-SkewedAge(random)).AddMinutes(-random.Next(1440));
            facts[i] = new ComplianceFacts
            {
                ComputerId = new Guid(i, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                OsFamily = os.Family,
                OsName = os.Name.Length == 0 ? null : os.Name,
                OsRelease = os.Release.Length == 0 ? null : os.Release,
                OsVersion = os.Version.Length == 0 ? null : os.Version,
                OsBuild = os.Build,
                OsArchitecture = random.Next(5) == 0 ? "x86" : "x64",
                CpuModel = cpu,
                RamMb = random.Next(30) == 0 ? null : (modern ? [4096, 8192, 8192, 16384, 7990] : new[] { 2048, 3990, 4096, 4096, 8192, 3072 })[random.Next(modern ? 5 : 6)],
                LargestSsdGb = random.Next(12) == 0 ? null : (modern ? [120L, 240, 256, 512, 111] : new[] { 0L, 0, 120, 128, 240, 64 })[random.Next(modern ? 5 : 6)],
                TotalDiskGb = 500,
                TpmVersion = random.Next(4) switch { 0 => null, 1 => "none", _ => modern ? "2.0" : "1.2" },
                Uefi = modern ? random.Next(8) != 0 : random.Next(4) == 0,
                SecureBoot = modern ? random.Next(4) != 0 : false,
                Smb1Enabled = random.Next(6) == 0 ? null : os.Release is "Windows XP" or "Windows 7" || random.Next(10) == 0,
                IsPersonal = random.Next(15) == 0,
                Hotfixes = os.Family != OsFamily.Windows || random.Next(10) == 0 ? null : Hotfixes[HotfixList(os.Release, random)],
                SecurityProducts = os.Family == OsFamily.Windows ? Products(random, day) : null,
                InstalledSoftware = random.Next(20) == 0 ? null : software[random.Next(software.Length)],
                ObservedAt = observed,
                EsuUntil = os.Release == "Windows 10" && random.Next(50) == 0 ? new DateOnly(2026, 10, 13) : null,
            };
        }

        return facts;
    }

    /// <summary>Most computers reported within days; a tail of weeks and months (switched off, moved, forgotten).</summary>
    private static int SkewedAge(Random random) => random.Next(10) switch
    {
        < 7 => random.Next(3),
        < 9 => random.Next(3, 30),
        _ => random.Next(30, 200),
    };

    private static int HotfixList(string release, Random random) => release switch
    {
        "Windows XP" => 0,
        "Windows 7" or "Windows Server 2008 R2" => random.Next(4) == 0 ? 2 : 1,
        "Windows 8.1" or "Windows Server 2012 R2" => 3,
        "Windows 11" => 5,
        _ => random.Next(20) == 0 ? 6 : 4,
    };

    private static List<SecurityProduct> Products(Random random, DateTime day)
    {
        var products = new List<SecurityProduct>(2);
        var roll = random.Next(100);
        var name = roll switch { < 55 => "Bkav Endpoint", < 65 => "BkavPro", < 72 => "Kaspersky Endpoint Security for Windows", _ => null };
        if (name is not null)
        {
            var signatures = day.AddDays(-(random.Next(10) == 0 ? random.Next(8, 90) : random.Next(0, 6)));
            products.Add(new SecurityProduct
            {
                Name = name, Vendor = name.StartsWith("Bkav", StringComparison.Ordinal) ? "Bkav" : "Kaspersky", Kind = SecurityProductKind.AntiMalware,
                Enabled = random.Next(30) != 0, RealTimeProtection = random.Next(12) != 0, SignaturesUpToDate = random.Next(10) != 0,
                SignatureDate = random.Next(5) == 0 ? null : signatures,
                LastScanAt = random.Next(4) == 0 ? null : day.AddDays(-random.Next(0, 20)),
            });
        }

        products.Add(new SecurityProduct
        {
            Name = "Windows Defender", Vendor = "Microsoft", Kind = SecurityProductKind.AntiMalware, Enabled = name is null, RealTimeProtection = name is null,
        });
        return products;
    }

    /// <summary>Shared installed-program lists of 40 to 160 entries; EDR on two in three.</summary>
    private static string[][] SoftwareLists(Random random)
    {
        string[] vendors = ["Microsoft Visual C++ 2015-2022 Redistributable", "Google Chrome", "Mozilla Firefox", "Adobe Acrobat Reader",
            "Intel(R) Graphics Driver", "Realtek High Definition Audio Driver", "UniKey", "Zalo", "WinRAR", "Foxit PDF Reader",
            "Bonjour", "Bluetooth Stack", "VNPT-CA Plugin", "Viettel-CA Token Manager", "Microsoft Office Professional Plus",
            "Java 8 Update", "TeamViewer", "UltraViewer", "Cốc Cốc", "Vietkey", "HTKK", "iTaxViewer", "Microsoft Edge", "7-Zip"];
        var common = Enumerable.Range(0, 400).Select(i => $"{vendors[i % vendors.Length]} {i / vendors.Length}.{i % 7}").ToArray();
        var lists = new string[64][];
        for (var l = 0; l < lists.Length; l++)
        {
            var names = Enumerable.Range(0, random.Next(40, 160)).Select(_ => common[random.Next(common.Length)]).ToList();
            if (l % 3 != 0)
            {
                names.Insert(random.Next(names.Count), "Bkav EDR Agent");
            }

            names.Insert(random.Next(names.Count), "Bkav Endpoint");
            lists[l] = [.. names];
        }

        return lists;
    }
}
