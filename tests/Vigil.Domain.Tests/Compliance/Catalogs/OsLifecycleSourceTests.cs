using System.Globalization;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>The embedded OS lifecycle catalog against the endoflife.date files it was written from.</summary>
public class OsLifecycleSourceTests
{
    private static readonly OsLifecycleCatalog Catalog = OsLifecycleCatalog.Default;

    private static readonly string[] WindowsProducts = ["windows", "windows-server", "windows-embedded"];

    [Fact]
    public void Default_catalog_parses_with_unique_keys_and_a_version()
    {
        Assert.Equal("2026.11.1", Catalog.Version);
        Assert.True(Catalog.Entries.Count > 120, $"{Catalog.Entries.Count} entries");
        Assert.Equal(Catalog.Entries.Count, Catalog.Entries.Select(e => e.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Release), e.Key));
        Assert.All(Catalog.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source), e.Key));
    }

    [Fact]
    public void Windows_dates_are_those_of_the_endoflife_date_files()
    {
        var products = WindowsProducts.ToDictionary(p => p, LifecycleFixtures.EndOfLife);
        var checkedEntries = 0;
        foreach (var entry in Catalog.Entries.Where(e => e.Family == OsFamily.Windows))
        {
            var (product, cycle) = SourceOf(entry);
            var release = products[product][cycle];

            Assert.True(Date(release["eol"]) == entry.EndOfSupport, $"{entry.Key}: eol {release["eol"]}, catalog {entry.EndOfSupport}");
            if (release.TryGetValue("eoes", out var eoes))
            {
                Assert.True(Date(eoes) == entry.EndOfExtendedSupport, $"{entry.Key}: eoes {eoes}");
            }
            else if (entry.Key != "windows-7")
            {
                Assert.True(entry.EndOfExtendedSupport is null, entry.Key);
            }

            if (entry.ReleasedOn is { } released)
            {
                Assert.Equal(Date(release["releaseDate"]), released);
            }

            checkedEntries++;
        }

        Assert.True(checkedEntries > 60, $"{checkedEntries} Windows entries");
        // Windows 7's ESU end is Microsoft's third ESU year, which the endoflife.date file leaves out.
        Assert.Equal(new DateOnly(2023, 1, 10), Catalog.Entries.Single(e => e.Key == "windows-7").EndOfExtendedSupport);
    }

    [Fact]
    public void Every_windows_10_and_11_cycle_and_every_server_ltsc_is_in_the_catalog()
    {
        var referenced = Catalog.Entries.Where(e => e.Family == OsFamily.Windows).Select(SourceOf).ToHashSet();
        var client = LifecycleFixtures.EndOfLife("windows").Keys.Where(c => c.StartsWith("10-", StringComparison.Ordinal) || c.StartsWith("11-", StringComparison.Ordinal));
        var server = LifecycleFixtures.EndOfLife("windows-server").Where(r => r.Value.GetValueOrDefault("lts") == "true" && r.Key is not ("2000" or "2003")).Select(r => r.Key);

        // Windows 2000 is out of scope; Server 2003 is judged by its last service pack (2003-sp2).
        Assert.All(client, cycle => Assert.Contains(("windows", cycle), referenced));
        Assert.All(server, cycle => Assert.Contains(("windows-server", cycle), referenced));
    }

    /// <summary>For each feature update in the file, a computer on its build (the file's "latest") finds that entry.</summary>
    [Fact]
    public void Each_windows_client_cycle_is_found_from_its_build_and_edition()
    {
        foreach (var (cycle, release) in LifecycleFixtures.EndOfLife("windows").Where(r => r.Key.StartsWith("10-", StringComparison.Ordinal) || r.Key.StartsWith("11-", StringComparison.Ordinal)))
        {
            var major = cycle[..2];
            var edition = cycle switch
            {
                _ when cycle.EndsWith("-iot-lts", StringComparison.Ordinal) => "IoT Enterprise LTSC",
                _ when cycle.EndsWith("-e-lts", StringComparison.Ordinal) => "Enterprise LTSC",
                _ when cycle.EndsWith("-iot", StringComparison.Ordinal) => "IoT Core",
                _ when cycle.EndsWith("-e", StringComparison.Ordinal) => "Enterprise",
                _ => "Pro",
            };
            var version = release["latest"];

            var entry = Catalog.Find(OsFamily.Windows, $"Microsoft Windows {major} {edition}", edition, version, version.Split('.')[2]);

            Assert.True(entry is not null, cycle);
            Assert.True(SourceOf(entry) == ("windows", cycle), $"{cycle} found {entry.Key} ({entry.Source})");
        }
    }

    [Fact]
    public void Linux_dates_are_those_endoflife_date_publishes()
    {
        // (key, released, end of support, extended), as on endoflife.date/<product>.
        (string Key, string Released, string End, string? Extended)[] published =
        [
            ("ubuntu-14.04", "2014-04-17", "2019-04-02", "2024-04-02"),
            ("ubuntu-18.04", "2018-04-26", "2023-05-31", "2028-04-01"),
            ("ubuntu-20.04", "2020-04-23", "2025-05-31", "2030-04-02"),
            ("ubuntu-22.04", "2022-04-21", "2027-04-01", "2032-04-09"),
            ("ubuntu-23.10", "2023-10-12", "2024-07-12", null),
            ("ubuntu-24.04", "2024-04-25", "2029-05-31", "2036-05-31"),
            ("debian-10", "2019-07-06", "2022-09-10", "2024-06-30"),
            ("debian-11", "2021-08-14", "2024-08-14", "2026-08-31"),
            ("debian-12", "2023-06-10", "2026-06-10", "2028-06-10"),
            ("rhel-7", "2014-06-10", "2024-06-30", "2028-06-30"),
            ("rhel-8", "2019-05-07", "2029-05-31", "2032-05-31"),
            ("rhel-9", "2022-05-18", "2032-05-31", "2035-05-31"),
            ("centos-7", "2014-07-07", "2024-06-30", null),
            ("centos-8", "2019-09-24", "2021-12-31", null),
            ("centos-stream-9", "2021-09-15", "2027-05-31", null),
            ("rocky-8", "2021-05-01", "2029-05-31", null),
            ("rocky-9", "2022-07-14", "2032-05-31", null),
            ("almalinux-8", "2021-03-30", "2029-03-01", null),
            ("almalinux-9", "2022-05-26", "2032-05-31", null),
            ("sles-12.5", "2019-12-09", "2024-10-31", "2027-10-31"),
            ("sles-15.5", "2023-06-20", "2024-12-31", "2027-12-31"),
            ("opensuse-leap-15.5", "2023-06-07", "2024-12-31", null),
            ("opensuse-leap-15.6", "2024-06-12", "2026-04-30", null),
        ];

        foreach (var (key, released, end, extended) in published)
        {
            var entry = Catalog.Entries.Single(e => e.Key == key);
            Assert.Equal((Date(released), Date(end), extended is null ? (DateOnly?)null : Date(extended)), (entry.ReleasedOn, entry.EndOfSupport, entry.EndOfExtendedSupport));
            Assert.Equal(OsFamily.Linux, entry.Family);
        }
    }

    /// <summary>An entry's release is what the inventory stores for a computer on it, so release-level filters meet the column.</summary>
    [Fact]
    public void Each_entry_release_is_what_the_inventory_calls_its_label()
    {
        foreach (var entry in Catalog.Entries.Where(e => !e.Source!.Contains("windows-embedded", StringComparison.Ordinal)))
        {
            var release = OsRelease.Of(new OsInfo { Family = entry.Family, Name = entry.Label });
            Assert.True(release == entry.Release, $"{entry.Key}: '{entry.Label}' is '{release}' in the inventory, '{entry.Release}' in the catalog");
        }
    }

    private static (string Product, string Cycle) SourceOf(OsLifecycleEntry entry)
    {
        var words = entry.Source!.Split(';')[0].Split(' ');
        Assert.True(words.Length == 3 && words[0] == "endoflife.date", $"{entry.Key}: source '{entry.Source}'");
        return (words[1], words[2]);
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
