using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Tests.Inventory.Cpu;

/// <summary>
/// Every line of Microsoft's Windows 11 processor lists (via WhyNotWin11), prefixed with the vendor name as the lists
/// are per vendor. Windows 11 needs Intel 8th generation or AMD Zen+, so these lines pin down the modern half.
/// </summary>
public class CpuModelParserWindowsListTests
{
    /// <summary>Seventh-generation parts Microsoft lists anyway: Skylake-X and the i7-7820HQ of the Surface Studio 2.</summary>
    private static readonly HashSet<string> SeventhGenerationExceptions =
    [
        "7800X", "7820X", "7900X", "7920X", "7940X", "7960X", "7980XE", "7820HQ",
    ];

    private static readonly (string Prefix, string Brand)[] IntelBrands =
    [
        ("Core(TM) i3-", CpuBrands.CoreI3), ("Core(TM) i5-", CpuBrands.CoreI5), ("Core(TM) i7-", CpuBrands.CoreI7),
        ("Core(TM) i9-", CpuBrands.CoreI9), ("Core(TM) Ultra 3-", CpuBrands.CoreUltra3), ("Core(TM) Ultra 5-", CpuBrands.CoreUltra5),
        ("Core(TM) Ultra 7-", CpuBrands.CoreUltra7), ("Core(TM) Ultra 9-", CpuBrands.CoreUltra9), ("Core(TM) 3-", CpuBrands.Core3),
        ("Core(TM) 5-", CpuBrands.Core5), ("Core(TM) 7-", CpuBrands.Core7), ("Core(TM) 9-", CpuBrands.Core9),
        ("Core(TM) m3-", CpuBrands.CoreM3), ("Atom(R)", CpuBrands.Atom), ("Celeron(R)", CpuBrands.Celeron),
        ("Pentium(R)", CpuBrands.Pentium), ("Xeon(R)", CpuBrands.Xeon), ("Processor N", CpuBrands.IntelProcessorN),
        ("Processor ", CpuBrands.IntelProcessor),
    ];

    [Fact]
    public void Every_intel_line_has_vendor_brand_and_model()
    {
        var lines = CpuFixtures.SupportedList("Intel");
        Assert.True(lines.Count > 1000, $"only {lines.Count} lines");

        foreach (var line in lines)
        {
            var info = CpuModelParser.Parse("Intel " + line);
            var expected = IntelBrands.First(b => line.StartsWith(b.Prefix, StringComparison.Ordinal)).Brand;

            Assert.True(info.Vendor == CpuVendor.Intel, line);
            Assert.True(expected == info.Brand, $"{line}: {info.Brand}");
            Assert.False(string.IsNullOrEmpty(info.ModelNumber), line);
        }
    }

    [Fact]
    public void Intel_core_i_lines_are_eighth_generation_or_a_listed_exception()
    {
        var lines = CpuFixtures.SupportedList("Intel").Where(l => l.StartsWith("Core(TM) i", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count > 400, $"only {lines.Count} Core i lines");

        foreach (var line in lines)
        {
            var info = CpuModelParser.Parse("Intel " + line);
            var allowedSeventh = SeventhGenerationExceptions.Contains(info.ModelNumber!);

            Assert.True(info.Generation >= 8 || (allowedSeventh && info.Generation == 7), $"{line}: generation {info.Generation}");
            Assert.True(info.Generation <= 14, $"{line}: generation {info.Generation}");
            Assert.True(info.Microarchitecture is not null, line);
        }
    }

    [Fact]
    public void Intel_core_ultra_and_core_series_lines_are_series_one_or_two()
    {
        foreach (var line in CpuFixtures.SupportedList("Intel").Where(l => l.StartsWith("Core(TM) Ultra", StringComparison.Ordinal)))
        {
            var info = CpuModelParser.Parse("Intel " + line);

            Assert.True(info.Generation is 1 or 2, $"{line}: {info.Generation}");
            Assert.True(info.Microarchitecture is "Meteor Lake" or "Lunar Lake" or "Arrow Lake", $"{line}: {info.Microarchitecture}");
        }
    }

    [Fact]
    public void Every_amd_line_is_amd_and_ryzen_series_is_two_or_later()
    {
        var lines = CpuFixtures.SupportedList("AMD");
        Assert.True(lines.Count > 350, $"only {lines.Count} lines");

        foreach (var line in lines)
        {
            var info = CpuModelParser.Parse("AMD " + line);
            Assert.True(info.Vendor == CpuVendor.Amd, line);

            if (line.StartsWith("Ryzen ", StringComparison.Ordinal) && char.IsAsciiDigit(line[6]))
            {
                Assert.True(info.Brand == "Ryzen " + line[6], $"{line}: {info.Brand}");
                Assert.True(info.Generation >= 2, $"{line}: generation {info.Generation}");
                Assert.True(info.Generation == info.ModelNumber![0] - '0', $"{line}: generation {info.Generation}");
                Assert.True(info.Microarchitecture is not null, line);
            }
            else if (line.StartsWith("Ryzen Threadripper", StringComparison.Ordinal))
            {
                Assert.Equal(CpuBrands.RyzenThreadripper, info.Brand);
                Assert.True(info.Generation >= 3, line);
            }
            else if (line.StartsWith("EPYC", StringComparison.Ordinal))
            {
                Assert.Equal(CpuBrands.Epyc, info.Brand);
                Assert.True(info.Generation >= 2, $"{line}: generation {info.Generation}");
                Assert.True(info.Microarchitecture is not null, line);
            }
            else if (line.StartsWith("Athlon", StringComparison.Ordinal))
            {
                Assert.Equal(CpuBrands.Athlon, info.Brand);
                Assert.True(info.Microarchitecture is "Zen" or "Zen 2", $"{line}: {info.Microarchitecture}");
            }
            else if (line.StartsWith("Ryzen", StringComparison.Ordinal))
            {
                Assert.True(info.Brand?.StartsWith("Ryzen", StringComparison.Ordinal) == true, $"{line}: {info.Brand}");
            }
            else
            {
                Assert.Null(info.Brand);
                Assert.Equal(line, info.ModelNumber);
            }
        }
    }

    [Fact]
    public void Every_qualcomm_line_is_qualcomm()
    {
        foreach (var line in CpuFixtures.SupportedList("Qualcomm"))
        {
            var info = CpuModelParser.Parse("Qualcomm " + line);

            Assert.True(info.Vendor == CpuVendor.Qualcomm, line);
            Assert.True(
                info.Brand == CpuBrands.Snapdragon || line.StartsWith("QC", StringComparison.Ordinal),
                $"{line}: {info.Brand}");
        }
    }
}
