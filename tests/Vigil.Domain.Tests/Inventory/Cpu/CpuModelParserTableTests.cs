using Vigil.Domain.Inventory.Cpu;

namespace Vigil.Domain.Tests.Inventory.Cpu;

/// <summary>Hand-written table of real model strings as Windows and Linux print them, older office machines first.</summary>
public class CpuModelParserTableTests
{
    public static TheoryData<string, string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(CpuFixtures.Path("older-cpus.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            data.Add(cells[0], cells[1], cells[2], cells[3], cells[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Known_model_string_parses_as_expected(string raw, string vendor, string brand, string generation, string microarchitecture)
    {
        var info = CpuModelParser.Parse(raw);

        Assert.Equal(raw, info.Raw);
        Assert.Equal(Enum.Parse<CpuVendor>(vendor), info.Vendor);
        Assert.Equal(NullIfDash(brand), info.Brand);
        Assert.Equal(NullIfDash(generation) is { } g ? int.Parse(g) : null, info.Generation);
        Assert.Equal(NullIfDash(microarchitecture), info.Microarchitecture);
    }

    [Fact]
    public void Table_is_large_and_has_no_duplicates()
    {
        var raws = Rows().Select(row => (string)row[0]).ToList();

        Assert.True(raws.Count >= 120, $"only {raws.Count} rows");
        Assert.Equal(raws.Count, raws.Distinct(StringComparer.Ordinal).Count());
    }

    private static string? NullIfDash(string cell) => cell == "-" ? null : cell;
}
