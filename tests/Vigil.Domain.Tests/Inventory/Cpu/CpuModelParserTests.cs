using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Tests.Inventory.Cpu;

public class CpuModelParserTests
{
    [Theory]
    [InlineData("Intel(R) Core(TM) i5-2400 CPU @ 3.10GHz", 2)]
    [InlineData("Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", 4)]
    [InlineData("Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz", 10)]
    [InlineData("11th Gen Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", 11)]
    [InlineData("12th Gen Intel(R) Core(TM) i7-12700H", 12)]
    [InlineData("13th Gen Intel(R) Core(TM) i5-13400", 13)]
    [InlineData("14th Gen Intel(R) Core(TM) i7-14700", 14)]
    [InlineData("Intel(R) Core(TM) i5 CPU         650  @ 3.20GHz", 1)]
    [InlineData("Intel(R) Core(TM) i7 CPU         920  @ 2.67GHz", 1)]
    [InlineData("Intel(R) Core(TM) i3 CPU         530  @ 2.93GHz", 1)]
    public void Intel_core_generation_comes_from_the_model_number(string raw, int generation)
    {
        Assert.Equal(generation, CpuModelParser.Parse(raw).Generation);
    }

    [Fact]
    public void Brief_examples_parse_as_expected()
    {
        AssertInfo("Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz", CpuVendor.Intel, CpuBrands.CoreI5, 4, "Haswell", "4590");
        AssertInfo("Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz", CpuVendor.Intel, CpuBrands.Core2Duo, null, "Penryn", "E7500");
        AssertInfo("Pentium(R) Dual-Core  CPU      E5700  @ 3.00GHz", CpuVendor.Intel, CpuBrands.PentiumDualCore, null, "Penryn", "E5700");
        AssertInfo("Intel(R) Pentium(R) CPU G2030 @ 3.00GHz", CpuVendor.Intel, CpuBrands.Pentium, null, "Ivy Bridge", "G2030");
        AssertInfo("AMD Athlon(tm) II X2 250 Processor", CpuVendor.Amd, CpuBrands.AthlonII, null, "K10", "250");
        AssertInfo("AMD A8-7600 Radeon R7, 10 Compute Cores 4C+6G", CpuVendor.Amd, CpuBrands.A8, null, "Steamroller", "7600");
        AssertInfo("AMD Ryzen 5 3500U with Radeon Vega Mobile Gfx", CpuVendor.Amd, CpuBrands.Ryzen5, 3, "Zen+", "3500U");
        AssertInfo("13th Gen Intel(R) Core(TM) i7-1355U", CpuVendor.Intel, CpuBrands.CoreI7, 13, "Raptor Lake", "1355U");
        AssertInfo("Intel(R) Core(TM) Ultra 7 155H", CpuVendor.Intel, CpuBrands.CoreUltra7, 1, "Meteor Lake", "155H");
        AssertInfo("Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", CpuVendor.Intel, CpuBrands.Xeon, null, "Broadwell", "E5-2680 v4");
        AssertInfo("Intel(R) Celeron(R) CPU J1900 @ 1.99GHz", CpuVendor.Intel, CpuBrands.Celeron, null, "Bay Trail", "J1900");
        AssertInfo("Intel64 Family 6 Model 186 Stepping 2", CpuVendor.Intel, null, null, null, null);
        AssertInfo("Genuine Intel(R) CPU 0000 @ 2.40GHz", CpuVendor.Intel, null, null, null, null);
        AssertInfo("QEMU Virtual CPU version 2.5+", CpuVendor.Unknown, null, null, null, null);
        AssertInfo("AMD Ryzen 5 3600 6-Core Processor", CpuVendor.Amd, CpuBrands.Ryzen5, 3, "Zen 2", "3600");
        AssertInfo("AMD Ryzen 5 5600X 6-Core Processor", CpuVendor.Amd, CpuBrands.Ryzen5, 5, "Zen 3", "5600X");
        AssertInfo("AMD Ryzen 7 7840U w/ Radeon 780M Graphics", CpuVendor.Amd, CpuBrands.Ryzen7, 7, "Zen 4", "7840U");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("(R)(TM)®™")]
    [InlineData("@@@ ,,, ()")]
    public void Empty_or_meaningless_input_is_unknown(string? raw)
    {
        var info = CpuModelParser.Parse(raw);

        Assert.Equal(raw ?? "", info.Raw);
        Assert.Equal(CpuVendor.Unknown, info.Vendor);
        Assert.Null(info.Brand);
        Assert.Null(info.Generation);
        Assert.Null(info.Microarchitecture);
        Assert.Null(info.ModelNumber);
    }

    [Theory]
    [InlineData("Intel® Core™ i5-4590 CPU @ 3.30GHz")]
    [InlineData("INTEL(R) CORE(TM) I5-4590 CPU @ 3.30GHZ")]
    [InlineData("intel(r) core(tm) i5-4590 cpu @ 3.30ghz")]
    [InlineData("  Intel(R)\tCore(TM)   i5-4590\r\n CPU @ 3.30GHz  ")]
    [InlineData("Core(TM) i5-4590")]
    public void Marks_case_and_spacing_do_not_matter(string raw)
    {
        var info = CpuModelParser.Parse(raw);

        Assert.Equal(raw, info.Raw);
        Assert.Equal(CpuVendor.Intel, info.Vendor);
        Assert.Equal(CpuBrands.CoreI5, info.Brand);
        Assert.Equal(4, info.Generation);
        Assert.Equal("Haswell", info.Microarchitecture);
        Assert.Equal("4590", info.ModelNumber, ignoreCase: true);
    }

    [Theory]
    [InlineData("Intel Core(TM) i5-8400", CpuBrands.CoreI5, 8, "8400")]
    [InlineData("Intel Core(TM) Ultra 5-125H", CpuBrands.CoreUltra5, 1, "125H")]
    [InlineData("Intel Core(TM) Ultra 7-258V", CpuBrands.CoreUltra7, 2, "258V")]
    [InlineData("Intel Core(TM) 5-120U", CpuBrands.Core5, 1, "120U")]
    [InlineData("Intel Core(TM) m3-8100Y", CpuBrands.CoreM3, 8, "8100Y")]
    [InlineData("Intel Core(TM) i7-1068NG7", CpuBrands.CoreI7, 10, "1068NG7")]
    [InlineData("Intel Core(TM) i9-7980XE", CpuBrands.CoreI9, 7, "7980XE")]
    [InlineData("AMD Ryzen 7 PRO 6860Z", CpuBrands.Ryzen7, 6, "6860Z")]
    [InlineData("AMD Ryzen Embedded R2000 Series R2312", CpuBrands.RyzenEmbedded, 2, "R2312")]
    [InlineData("AMD EPYC 4124P", CpuBrands.Epyc, 4, "4124P")]
    public void Microsoft_list_entries_parse_with_their_model_numbers(string raw, string brand, int generation, string model)
    {
        var info = CpuModelParser.Parse(raw);

        Assert.Equal(brand, info.Brand);
        Assert.Equal(generation, info.Generation);
        Assert.Equal(model, info.ModelNumber);
    }

    [Theory]
    [InlineData("Intel(R) Core(TM) i5 CPU       M 520  @ 2.40GHz", "M 520")]
    [InlineData("Intel(R) Atom(TM) x5-Z8350  CPU @ 1.44GHz", "x5-Z8350")]
    [InlineData("Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", "Gold 6338")]
    [InlineData("AMD Athlon(tm) 64 X2 Dual Core Processor 4000+", "4000+")]
    [InlineData("AMD A10 PRO-7800B R7, 12 Compute Cores 4C+8G", "7800B")]
    [InlineData("AMD 3020e with Radeon Graphics", "3020e")]
    [InlineData("Apple M2 Pro", "M2 Pro")]
    [InlineData("Intel(R) Pentium(R) 4 CPU 3.00GHz", null)]
    public void Model_number_is_kept_as_printed(string raw, string? model)
    {
        Assert.Equal(model, CpuModelParser.Parse(raw).ModelNumber);
    }

    [Fact]
    public void High_end_desktop_parts_keep_their_numbered_generation_but_name_the_older_architecture()
    {
        var info = CpuModelParser.Parse("Intel(R) Core(TM) i7-4930K CPU @ 3.40GHz");

        Assert.Equal(4, info.Generation);
        Assert.Equal("Ivy Bridge-E", info.Microarchitecture);
    }

    [Fact]
    public void Nth_gen_prefix_is_used_when_the_model_number_says_nothing()
    {
        var info = CpuModelParser.Parse("12th Gen Intel(R) Core(TM) i5");

        Assert.Equal(CpuBrands.CoreI5, info.Brand);
        Assert.Equal(12, info.Generation);
    }

    [Fact]
    public void Very_long_input_is_cut_not_refused()
    {
        var raw = "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz " + new string('x', 10_000);

        var info = CpuModelParser.Parse(raw);

        Assert.Same(raw, info.Raw);
        Assert.Equal(4, info.Generation);
    }

    [Fact]
    public void Parsing_allocates_little_more_than_the_result()
    {
        const string raw = "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz";
        CpuModelParser.Parse(raw);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            CpuModelParser.Parse(raw);
        }

        // The CpuInfo (64 bytes) and the "4590" string (32 bytes); the margin is for runtimes, not for the parser.
        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000;
        Assert.True(perCall <= 160, $"{perCall} bytes per parse");
    }

    private static void AssertInfo(string raw, CpuVendor vendor, string? brand, int? generation, string? microarchitecture, string? model)
    {
        var info = CpuModelParser.Parse(raw);
        Assert.Equal(new CpuInfo(raw, vendor, brand, generation, microarchitecture, model), info);
    }
}
