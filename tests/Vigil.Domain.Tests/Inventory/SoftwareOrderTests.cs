using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

/// <summary>
/// The canonical software order decides every stored snapshot's hash, so the faster sort must give exactly what the
/// original definition gave: distinct entries (first occurrence), stably ordered by name ignoring case, version, publisher.
/// </summary>
public class SoftwareOrderTests
{
    private static List<SoftwareItem> Definition(IReadOnlyList<SoftwareItem> software) =>
        [.. software.Distinct()
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Version, StringComparer.Ordinal).ThenBy(p => p.Publisher, StringComparer.Ordinal)];

    [Fact]
    public void Names_that_differ_only_in_case_keep_their_first_seen_order_and_duplicates_among_them_go()
    {
        SoftwareItem[] reported = [new("foo", "1", "P"), new("Foo", "1", "P"), new("foo", "1", "P"), new("Bar", "2", null), new("bar", "2", null), new("FOO", "0", null)];

        var canonical = SnapshotCanonical.Software(reported);

        Assert.Equal([new("Bar", "2", null), new("bar", "2", null), new("FOO", "0", null), new("foo", "1", "P"), new("Foo", "1", "P")], canonical);
    }

    [Fact]
    public void Random_lists_full_of_collisions_come_out_as_the_definition_orders_them()
    {
        string[] names = ["a", "A", "b", "B ", " b", "", "ä", "Ä", "a b", "Microsoft Office", "microsoft office"];
        string?[] versions = [null, "1", "01", "1 ", "2.0"];
        string?[] publishers = [null, "P", "p"];
        var random = new Random(20261123);
        for (var round = 0; round < 5000; round++)
        {
            var reported = Enumerable.Range(0, random.Next(0, 14))
                .Select(_ => new SoftwareItem(names[random.Next(names.Length)], versions[random.Next(versions.Length)], publishers[random.Next(publishers.Length)]))
                .ToList();

            Assert.Equal(Definition(reported), SnapshotCanonical.Software(reported));
        }
    }
}
