using Vigil.Domain.Inventory;

namespace Vigil.Domain.Demo;

/// <summary>People, anti-malware, updates and open ports of demo machines.</summary>
internal static class DemoFacts
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Quàng", "Lường", "Vi", "Nông", "Hà", "Lương"];
    private static readonly string[] MiddleNames = ["Văn", "Thị", "Đức", "Minh", "Thu", "Hồng", "Thanh", "Quốc"];
    private static readonly string[] GivenNames = ["An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Mai", "Nam", "Phương", "Quân", "Thảo", "Trang", "Tuấn", "Yến", "Hương", "Sơn", "Long", "Linh"];
    private static readonly string[] Logins = ["Admin", "User", "ketoan", "vanthu", "Administrator", "PC", "giaovien", "yte"];

    public static string PersonName(Random random) =>
        $"{DemoHardware.Pick(random, FamilyNames)} {DemoHardware.Pick(random, MiddleNames)} {DemoHardware.Pick(random, GivenNames)}";

    /// <summary>The Windows account a machine source sees signed in; rarely a person's name.</summary>
    public static string Login(Random random) => DemoHardware.Pick(random, Logins);

    /// <summary>
    /// The province asks for Bkav Endpoint everywhere; in practice some run Bkav Pro, Kaspersky, only Defender, or
    /// (on XP) nothing at all.
    /// </summary>
    public static string? AntiMalware(DemoEra era, Random random) => random.Next(100) switch
    {
        < 50 => "Bkav Endpoint",
        < 62 => "Bkav Pro",
        < 70 when era != DemoEra.WindowsXp => "Kaspersky Endpoint Security for Windows",
        _ => null,
    };

    /// <summary>Products as an agent sees them in Security Center: full state, signature age and last scan.</summary>
    public static List<SecurityProduct> AgentProducts(string? antiMalware, DateTime observed, Random random)
    {
        var products = new List<SecurityProduct>();
        var behind = random.Next(10) == 0;
        var signatures = observed.AddDays(-(behind ? random.Next(15, 90) : random.Next(0, 3)));
        if (antiMalware is not null)
        {
            products.Add(new SecurityProduct
            {
                Name = antiMalware, Vendor = antiMalware.StartsWith("Bkav", StringComparison.Ordinal) ? "Bkav" : "Kaspersky",
                Kind = SecurityProductKind.AntiMalware, Version = antiMalware.StartsWith("Bkav", StringComparison.Ordinal) ? "6.0.2.10" : "12.6.0.438",
                Enabled = true, RealTimeProtection = random.Next(12) > 0, SignaturesUpToDate = !behind,
                SignatureVersion = signatures.ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture), SignatureDate = signatures,
                LastScanAt = random.Next(4) == 0 ? null : observed.AddDays(-random.Next(0, 40)),
            });
        }

        products.Add(new SecurityProduct
        {
            Name = "Microsoft Defender Antivirus", Vendor = "Microsoft", Kind = SecurityProductKind.AntiMalware, Version = "4.18.24090.11",
            Enabled = antiMalware is null, RealTimeProtection = antiMalware is null, SignaturesUpToDate = antiMalware is null ? !behind : null,
            SignatureVersion = antiMalware is null ? "1.421.215.0" : null, SignatureDate = antiMalware is null ? signatures : null,
            LastScanAt = antiMalware is null ? observed.AddDays(-random.Next(0, 10)) : null,
        });
        products.Add(new SecurityProduct { Name = "Windows Defender Firewall", Vendor = "Microsoft", Kind = SecurityProductKind.Firewall, Enabled = random.Next(8) > 0 });
        return products;
    }

    /// <summary>OCS reads Security Center too, but only knows the name, whether it is on and whether it is up to date.</summary>
    public static List<SecurityProduct>? OcsProducts(string? antiMalware, Random random) =>
        antiMalware is null ? null :
        [
            new SecurityProduct
            {
                Name = antiMalware, Kind = SecurityProductKind.AntiMalware, Enabled = true, SignaturesUpToDate = random.Next(6) > 0,
            },
        ];

    public static List<string> Hotfixes(DemoEra era, Random random)
    {
        string[] all = era switch
        {
            DemoEra.WindowsXp => ["KB958644", "KB2347290", "KB4012598"],
            DemoEra.Windows7 => ["KB2533552", "KB3020369", "KB3125574", "KB4012212", "KB4474419", "KB4490628", "KB4534310"],
            DemoEra.Windows81 => ["KB2919355", "KB3021910", "KB4012213", "KB5022352"],
            DemoEra.Windows10 => ["KB5011048", "KB5015684", "KB5043935", "KB5046613", "KB5044029"],
            DemoEra.Windows11 => ["KB5027397", "KB5043080", "KB5045935", "KB5046617"],
            _ => [],
        };

        // The MS17-010 fix (KB4012598/KB4012212/KB4012213) is missing on some old machines, as reviews keep finding.
        return [.. all.Where(kb => kb is not ("KB4012598" or "KB4012212" or "KB4012213") || random.Next(10) < 6)];
    }

    public static List<ListeningPort> Ports(DemoEra era, Random random)
    {
        if (era == DemoEra.Ubuntu)
        {
            return [new("tcp", "0.0.0.0", 22, "sshd"), new("tcp", "127.0.0.1", 631, "cupsd"), new("udp", "0.0.0.0", 5353, "avahi-daemon")];
        }

        var ports = new List<ListeningPort>
        {
            new("tcp", "0.0.0.0", 135, "svchost.exe"), new("tcp", "0.0.0.0", 445, "System"), new("tcp", "0.0.0.0", 139, "System"),
            new("tcp", "0.0.0.0", 5040, "svchost.exe"), new("tcp", "0.0.0.0", 7680, "svchost.exe"), new("tcp", "0.0.0.0", 49664, "lsass.exe"),
            new("tcp", "0.0.0.0", 49665, "wininit.exe"), new("udp", "0.0.0.0", 137, "System"), new("udp", "0.0.0.0", 138, "System"),
        };
        if (random.Next(5) == 0)
        {
            ports.Add(new("tcp", "0.0.0.0", 3389, "svchost.exe"));
        }

        if (random.Next(4) == 0)
        {
            ports.Add(new("tcp", "0.0.0.0", 5938, "TeamViewer_Service.exe"));
        }

        return ports;
    }
}
