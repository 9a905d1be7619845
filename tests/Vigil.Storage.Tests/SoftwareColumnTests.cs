using Vigil.Domain.Inventory;

namespace Vigil.Storage.Tests;

/// <summary>
/// The program-name column compliance reads: the faster formatting must give exactly what the original definition gave
/// (distinct trimmed non-empty names in ordinal order, one per line), or stored rows would look changed.
/// </summary>
public class SoftwareColumnTests
{
    private static string Definition(IReadOnlyList<SoftwareItem> software) =>
        string.Join('\n', software.Select(s => s.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    [Fact]
    public void Names_are_trimmed_deduplicated_and_ordered_ordinally_and_blank_ones_dropped()
    {
        SoftwareItem[] reported = [new(" Zalo ", "1", null), new("7-Zip", null, null), new("zalo", "2", null), new("Zalo", "3", null), new("   ", null, null), new("", null, null)];

        Assert.Equal("7-Zip\nZalo\nzalo", ComputerFactColumns.FormatSoftware(reported));
        Assert.Equal("", ComputerFactColumns.FormatSoftware([new("  ", null, null)]));
        Assert.Null(ComputerFactColumns.FormatSoftware(null));
    }

    [Fact]
    public void Random_lists_come_out_as_the_definition_formats_them()
    {
        string[] names = ["a", "A", " a", "b ", "B", "", "  ", "ä", "Ä", "Bkav Pro", "bkav pro", "Bkav Pro "];
        var random = new Random(20261123);
        for (var round = 0; round < 5000; round++)
        {
            var reported = Enumerable.Range(0, random.Next(0, 14)).Select(_ => new SoftwareItem(names[random.Next(names.Length)], null, null)).ToList();

            Assert.Equal(Definition(reported), ComputerFactColumns.FormatSoftware(reported));
        }
    }
}
