using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;
using Vigil.Domain.Indicators.Packs;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>The indicator sets the exporter tests run: the real WannaCry pack, a small mixed set and 10,000 generated values.</summary>
internal static class ExportSets
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    public static IndicatorExportOptions Options => new() { Now = Now };

    public static Indicator Make(IndicatorType type, string raw, IndicatorAction action = IndicatorAction.Block, string? family = null, string? source = null) =>
        Indicator.Create(IndicatorValues.Normalize(type, raw).Value ?? throw new ArgumentException($"not a {type}: {raw}"), source) with
        {
            Action = action,
            Family = family,
            AlertOnlyPinned = action == IndicatorAction.AlertOnly,
        };

    /// <summary>A few of each type, IPv6 and CIDRs included, an alert-only kill switch, an expired value and an overlapping network.</summary>
    public static IReadOnlyList<Indicator> Mixed { get; } =
    [
        Make(IndicatorType.Domain, "evil.example", family: "Pikabot", source: "144/VNCERT-ĐPƯC"),
        Make(IndicatorType.Domain, "c2.bad-actor.test", source: "abuse.ch"),
        Make(IndicatorType.Domain, "www.iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com", IndicatorAction.AlertOnly, "WannaCry", "kill switch"),
        Make(IndicatorType.Ipv4, "203.0.113.9", family: "Feodo"),
        Make(IndicatorType.Ipv4, "198.51.100.7"),
        Make(IndicatorType.Cidr, "198.51.100.0/24"),
        Make(IndicatorType.Cidr, "192.0.2.128/25"),
        Make(IndicatorType.Ipv6, "2001:db8::1"),
        Make(IndicatorType.Cidr, "2001:db8:abcd::/48"),
        Make(IndicatorType.Url, "http://evil.example:8080/gate.php?id=1"),
        Make(IndicatorType.Url, "https://c2.bad-actor.test/a/b"),
        Make(IndicatorType.Md5, "0123456789abcdef0123456789abcdef"),
        Make(IndicatorType.Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80700"),
        Make(IndicatorType.Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b856"),
        Make(IndicatorType.Email, "boss@evil.example"),
        Make(IndicatorType.FileName, "invoice.pdf.exe"),
        Make(IndicatorType.Ipv4, "192.0.2.77") with { Expiry = Now },
    ];

    public static IReadOnlyList<Indicator> WannaCry => IndicatorPacks.WannaCry.Indicators;

    /// <summary>10,000 distinct values from a fixed seed: addresses, networks, IPv6, domains.</summary>
    public static IReadOnlyList<Indicator> Generated { get; } = Generate(10_000, 7);

    private static List<Indicator> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>();
        var result = new List<Indicator>();
        while (result.Count < count)
        {
            var indicator = (result.Count % 4) switch
            {
                0 => Make(IndicatorType.Ipv4, $"{random.Next(11, 99)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}"),
                1 => Make(IndicatorType.Cidr, $"{random.Next(101, 126)}.{random.Next(256)}.{random.Next(256)}.0/24"),
                2 => Make(IndicatorType.Ipv6, $"2a0{random.Next(1, 9)}:{random.Next(65536):x}:{random.Next(65536):x}::{random.Next(1, 65536):x}"),
                _ => Make(IndicatorType.Domain, $"{Label(random)}.{Label(random)}.{(random.Next(2) == 0 ? "com" : "net")}"),
            };
            if (seen.Add(indicator.Value.ToString()))
            {
                result.Add(indicator);
            }
        }

        return result;
    }

    private static string Label(Random random) => string.Concat(Enumerable.Range(0, random.Next(3, 12)).Select(_ => (char)('a' + random.Next(26))));

    public static string WriteTemp(ExportFile file, string directory)
    {
        var path = Path.Combine(directory, file.Name);
        File.WriteAllText(path, file.Content);
        return path;
    }
}
