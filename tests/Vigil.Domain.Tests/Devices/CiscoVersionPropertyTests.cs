using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

/// <summary>
/// Seeded, so a failure reproduces: over generated versions of every family (small number ranges so ties and shared
/// prefixes are common), the order is antisymmetric, transitive and agrees with equality, and the sorting order is total.
/// </summary>
public class CiscoVersionPropertyTests
{
    private static readonly string[] IosTrains = ["", "E", "SE", "M", "T", "SG", "SXJ"];
    private static readonly string[] XeTrains = ["E", "S", "SG"];
    private static readonly string[] NxTrains = ["I", "N", "U"];
    private static readonly string[] Letters = ["", "", "", "a", "b", "z", "aa"];

    [Theory]
    [InlineData(CiscoOsFamily.Ios, 11)]
    [InlineData(CiscoOsFamily.IosXe, 12)]
    [InlineData(CiscoOsFamily.NxOs, 13)]
    [InlineData(CiscoOsFamily.Asa, 14)]
    [InlineData(CiscoOsFamily.AireOs, 15)]
    [InlineData(CiscoOsFamily.SmallBusiness, 16)]
    public void Order_is_antisymmetric_transitive_and_total(CiscoOsFamily family, int seed)
    {
        var random = new Random(seed);
        var versions = Enumerable.Range(0, 120).Select(_ => Parse(family, Generate(family, random))).ToList();

        foreach (var a in versions)
        {
            Assert.Equal(CiscoVersionOrder.Same, CiscoVersion.Compare(a, a));
            var again = Parse(family, a.Normalized);
            Assert.Equal(a, again);
            Assert.Equal(a.Normalized, again.Normalized);
            foreach (var b in versions)
            {
                var ab = CiscoVersion.Compare(a, b);
                Assert.Equal(Mirror(ab), CiscoVersion.Compare(b, a));
                Assert.Equal(-Math.Sign(a.CompareTo(b)), Math.Sign(b.CompareTo(a)));
                Assert.Equal(ab == CiscoVersionOrder.Same, a.CompareTo(b) == 0);
                Assert.Equal(ab == CiscoVersionOrder.Same, a.Equals(b));
                if (ab == CiscoVersionOrder.Older)
                {
                    Assert.True(a.CompareTo(b) < 0, $"{a} < {b}");
                }

                if (ab == CiscoVersionOrder.Same)
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            }
        }

        foreach (var a in versions.Take(40))
        {
            foreach (var b in versions.Take(40))
            {
                foreach (var c in versions.Take(40))
                {
                    if (a < b && b < c)
                    {
                        Assert.True(a < c, $"{a} < {b} < {c}");
                    }

                    if (a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0)
                    {
                        Assert.True(a.CompareTo(c) <= 0, $"sorting: {a} ≤ {b} ≤ {c}");
                    }
                }
            }
        }

        var sorted = versions.Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count; j++)
            {
                Assert.True(sorted[i].CompareTo(sorted[j]) <= 0);
                Assert.NotEqual(CiscoVersionOrder.Newer, CiscoVersion.Compare(sorted[i], sorted[j]));
            }
        }
    }

    [Fact]
    public void Families_sort_apart_and_never_compare()
    {
        var random = new Random(17);
        var mixed = Enum.GetValues<CiscoOsFamily>().Where(f => f != CiscoOsFamily.Unknown)
            .SelectMany(f => Enumerable.Range(0, 20).Select(_ => Parse(f, Generate(f, random)))).ToList();

        foreach (var a in mixed)
        {
            foreach (var b in mixed.Where(b => b.Family != a.Family))
            {
                Assert.Equal(CiscoVersionOrder.DifferentFamilies, CiscoVersion.Compare(a, b));
                Assert.NotEqual(0, a.CompareTo(b));
            }
        }

        var sorted = mixed.Order().ToList();
        Assert.Equal(sorted.Select(v => v.Family).Order(), sorted.Select(v => v.Family));
    }

    private static CiscoVersionOrder Mirror(CiscoVersionOrder order) => order switch
    {
        CiscoVersionOrder.Older => CiscoVersionOrder.Newer,
        CiscoVersionOrder.Newer => CiscoVersionOrder.Older,
        _ => order,
    };

    private static CiscoVersion Parse(CiscoOsFamily family, string text)
    {
        var parsed = CiscoVersion.Parse(family, text);
        Assert.True(parsed.IsSuccess, $"{family} '{text}': {parsed.Error?.Message}");
        return parsed.Value!;
    }

    private static string Generate(CiscoOsFamily family, Random r)
    {
        string Pick(string[] items) => items[r.Next(items.Length)];
        int N(int max) => r.Next(0, max + 1);
        return family switch
        {
            CiscoOsFamily.Ios => $"{Pick(["12", "15"])}.{N(2)}({N(3)}{(r.Next(5) == 0 ? "d" : "")}{(r.Next(6) == 0 ? $".{N(2)}.{N(60)}" : "")}){Pick(IosTrains)}{(r.Next(3) == 0 ? "" : N(12).ToString())}{(r.Next(5) == 0 ? "a" : "")}",
            CiscoOsFamily.IosXe => r.Next(3) == 0
                ? $"0{N(3) + 3}.{N(16):D2}.{N(10):D2}{(r.Next(2) == 0 ? "." : "")}{Pick(XeTrains)}"
                : $"{Pick(["16", "17"])}.{(r.Next(2) == 0 ? N(12).ToString("D2") : N(12).ToString())}.{N(10)}{Pick(Letters)}",
            CiscoOsFamily.NxOs => r.Next(2) == 0
                ? $"{N(3) + 7}.{N(3)}({N(10)}{Pick(Letters)})"
                : $"{N(2) + 5}.{N(3)}({N(3)}){Pick(NxTrains)}{N(7) + 1}({N(9)}{Pick(Letters)})",
            CiscoOsFamily.Asa => $"9.{N(16)}({N(4)}{(r.Next(6) == 0 ? $".{N(99)}" : "")}){(r.Next(3) == 0 ? "" : N(45).ToString())}",
            CiscoOsFamily.AireOs => $"8.{N(10)}.{N(190)}.{N(3)}",
            _ => $"{N(3) + 1}.{N(5)}.{N(9)}.{N(70)}",
        };
    }
}
