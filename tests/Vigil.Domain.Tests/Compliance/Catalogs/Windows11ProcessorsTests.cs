using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Tests.Inventory.Cpu;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

public class Windows11ProcessorsTests
{
    private static readonly Windows11Processors Processors = Windows11Processors.Default;

    [Fact]
    public void Default_holds_the_three_lists_of_the_fixture_files()
    {
        var version = File.ReadLines(CpuFixtures.Path("win11_SupportedProcessorsIntel.txt")).First();
        var total = new[] { "Intel", "AMD", "Qualcomm" }.Sum(v => CpuFixtures.SupportedList(v).Count);

        Assert.Equal((version, total), (Processors.Version, Processors.Models.Count));
    }

    /// <summary>Each listed model, written the way Windows and Linux print processor names, is supported.</summary>
    [Theory]
    [InlineData("Intel", "Intel(R) {0} CPU @ 2.10GHz")]
    [InlineData("Intel", "Intel {0}")]
    [InlineData("AMD", "AMD {0} with Radeon Graphics")]
    [InlineData("AMD", "AMD {0} 6-Core Processor")]
    [InlineData("Qualcomm", "Qualcomm {0}")]
    public void Every_listed_model_as_reported_is_supported(string vendor, string format)
    {
        foreach (var line in CpuFixtures.SupportedList(vendor))
        {
            var reported = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, line);
            Assert.True(Processors.IsSupported(reported) == true, reported);
        }
    }

    [Theory]
    [InlineData("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz", true)]
    [InlineData("11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", true)]
    [InlineData("13th Gen Intel(R) Core(TM) i7-1370P", true)]
    [InlineData("Intel(R) Core(TM) Ultra 7 155H", true)]
    [InlineData("Intel(R) Pentium(R) Gold G5400 CPU @ 3.70GHz", true)]
    [InlineData("Intel(R) Celeron(R) N4020 CPU @ 1.10GHz", true)]
    [InlineData("AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx", true)]
    [InlineData("AMD Ryzen 7 PRO 4750U with Radeon Graphics", true)]
    [InlineData("AMD Ryzen 5 3600 6-Core Processor", true)]
    [InlineData("AMD 3015e with Radeon Graphics", true)]
    [InlineData("Snapdragon(R) X Elite - X1E78100 - Qualcomm(R) Oryon(TM) CPU", true)]
    [InlineData("Qualcomm(R) Snapdragon(TM) 8cx Gen 3 @ 3.0 GHz", true)]
    [InlineData("Microsoft SQ1 @ 3.0 GHz", true)]
    // Newer than the list (no Ryzen 9000 or Ryzen AI on 2025.10.6): supported by code name.
    [InlineData("AMD Ryzen 9 9950X 16-Core Processor", true)]
    [InlineData("AMD Ryzen AI 9 HX 370 w/ Radeon 890M", true)]
    [InlineData("Intel(R) Core(TM) Ultra 9 285K", true)]
    // The directive's baseline, a 4th-generation Core i3, does not reach Windows 11; neither do older parts.
    [InlineData("Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", false)]
    [InlineData("Intel(R) Core(TM) i5-7200U CPU @ 2.50GHz", false)]
    [InlineData("Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz", false)]
    [InlineData("Intel(R) Pentium(R) CPU G4560 @ 3.50GHz", false)]
    [InlineData("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", false)]
    [InlineData("AMD Ryzen 5 1600 Six-Core Processor", false)]
    [InlineData("AMD A8-7410 APU with AMD Radeon R5 Graphics", false)]
    [InlineData("Hygon C86 3185 8-core Processor", false)]
    // Strings that cannot tell.
    [InlineData("QEMU Virtual CPU version 2.5+", null)]
    [InlineData("Intel(R) Core(TM) CPU", null)]
    [InlineData("Snapdragon Compute Platform", null)]
    [InlineData("Apple M1", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Real_processor_strings_are_judged(string? cpu, bool? expected) => Assert.Equal(expected, Processors.IsSupported(cpu));

    /// <summary>
    /// The hand-written processor table of tests/fixtures/cpu, judged by its code-name column: parts designed before
    /// 2017 are never supported, those of 2018 and later generations always are.
    /// </summary>
    [Fact]
    public void The_cpu_table_is_judged_by_generation()
    {
        string[] before2017 =
        [
            "Yonah", "Core", "Penryn", "NetBurst", "Nehalem", "Westmere", "Sandy Bridge", "Sandy Bridge-E", "Ivy Bridge", "Ivy Bridge-E",
            "Haswell", "Haswell-E", "Broadwell", "Broadwell-E", "Skylake", "Bay Trail", "Braswell", "Cherry Trail", "Pineview",
            "Diamondville", "Cedarview", "K7", "K8", "K10", "Bobcat", "Bulldozer", "Piledriver", "Steamroller", "Excavator", "Jaguar", "Puma",
        ];
        string[] supportedGenerations =
        [
            "Coffee Lake", "Coffee Lake Refresh", "Whiskey Lake", "Amber Lake", "Kaby Lake Refresh", "Comet Lake", "Ice Lake", "Tiger Lake",
            "Rocket Lake", "Alder Lake", "Alder Lake-N", "Raptor Lake", "Raptor Lake Refresh", "Meteor Lake", "Lunar Lake", "Arrow Lake",
            "Cascade Lake", "Sapphire Rapids", "Zen+", "Zen 2", "Zen 3", "Zen 3+", "Zen 4", "Zen 5", "Oryon",
        ];
        var rows = File.ReadLines(CpuFixtures.Path("older-cpus.tsv")).Where(l => !l.StartsWith('#') && l.Length > 0).Select(l => l.Split('\t')).ToList();

        // Xeon Scalable of the Skylake generation (Silver 4110) is on Microsoft's list, unlike the desktop parts.
        var old = rows.Where(r => before2017.Contains(r[4]) && r[2] != "Xeon").ToList();
        var recent = rows.Where(r => supportedGenerations.Contains(r[4])).ToList();

        Assert.True(old.Count > 120 && recent.Count > 40, $"{old.Count} old, {recent.Count} recent rows");
        Assert.All(old, r => Assert.True(Processors.IsSupported(r[0]) != true, r[0]));
        Assert.All(recent, r => Assert.True(Processors.IsSupported(r[0]) == true, r[0]));
    }

    [Fact]
    public void A_site_file_adds_processors()
    {
        var site = Windows11Processors.Parse("version: site-1\nintel:\n  - Core(TM) i7-7700\n", "windows11-processors.yaml");
        Assert.True(site.IsSuccess, site.Error?.Message);

        var merged = Processors.Merge(site.Value!);

        Assert.Equal(false, Processors.IsSupported("Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz"));
        Assert.Equal(true, merged.IsSupported("Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz"));
        Assert.Equal(true, merged.IsSupported("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz"));
        Assert.Equal(Processors.Version + "+site-1", merged.Version);
        Assert.Equal(Processors.Models.Count + 1, merged.Models.Count);
    }

    [Theory]
    [InlineData("version: x\nintel:\n  - Core(TM) i5-8250U\n  - Frobnicator 3000\n", "windows11-processors.yaml:4:5: cannot read a Intel processor model from 'Frobnicator 3000'")]
    [InlineData("version: x\namd: Ryzen 5 3600\n", "windows11-processors.yaml:2:6: 'amd' must be a list of processor models.")]
    [InlineData("version: x\narm:\n  - Cortex-A78\n", "windows11-processors.yaml:2:1: unknown key 'arm'")]
    [InlineData("intel:\n  - Core(TM) i5-8250U\n", "windows11-processors.yaml:1:1: 'version' is required.")]
    public void Bad_site_files_say_where(string yaml, string expected)
    {
        var result = Windows11Processors.Parse(yaml, "windows11-processors.yaml");

        Assert.False(result.IsSuccess);
        Assert.StartsWith(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("catalog.invalid", result.Error.Code);
    }
}
