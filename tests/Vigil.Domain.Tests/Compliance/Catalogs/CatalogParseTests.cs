using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>Site files: errors say file, line, column and reason; a good file overrides and adds by key.</summary>
public class CatalogParseTests
{
    private const string LifecycleFile = "os-lifecycle.yaml";

    [Fact]
    public void Samples_parse()
    {
        Assert.True(OsLifecycleCatalog.Parse(CatalogSamples.Lifecycle, LifecycleFile).IsSuccess);
        Assert.True(Ms17010Catalog.Parse(CatalogSamples.Ms17010, "ms17-010.yaml").IsSuccess);
        Assert.True(Windows11Processors.Parse(CatalogSamples.Processors, "windows11-processors.yaml").IsSuccess);
    }

    [Theory]
    [InlineData("", "os-lifecycle.yaml:1:1: the file is empty.")]
    [InlineData("version: 1\nentries: [", "os-lifecycle.yaml:3:1: not valid YAML")]
    [InlineData("- a\n- b\n", "os-lifecycle.yaml:1:1: the file must be a mapping")]
    [InlineData("version: 1\n", "os-lifecycle.yaml:1:1: 'entries' is required.")]
    [InlineData("version: 1\nentries: {}\n", "os-lifecycle.yaml:2:10: 'entries' must be a list.")]
    [InlineData("version: 1\nentrys: []\n", "os-lifecycle.yaml:2:1: unknown key 'entrys'")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 7\n    end_of_support: 14/01/2020\n",
        "os-lifecycle.yaml:7:21: 'end_of_support' must be a date written yyyy-MM-dd, not '14/01/2020'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: beos\n    release: BeOS 5\n",
        "os-lifecycle.yaml:5:13: 'family' must be windows, linux, macos or other, not 'beos'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n",
        "os-lifecycle.yaml:3:5: 'release' is required.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: linux\n    release: Ubuntu 22.04\n",
        "os-lifecycle.yaml:3:5: a Linux entry needs 'match:' with 'distro' and 'version'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: linux\n    release: Mint 21\n    match: {distro: mint, version: '21'}\n",
        "os-lifecycle.yaml:7:21: 'distro' must be one of ubuntu, debian")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 10\n    match:\n      builds: [19045, 22H2]\n",
        "os-lifecycle.yaml:8:15: 'builds' must list whole numbers, not '22H2'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 10\n    match:\n      editions: business\n",
        "os-lifecycle.yaml:8:17: 'editions' must be any, consumer or enterprise, not 'business'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 10\n    match:\n      buildz: [1]\n",
        "os-lifecycle.yaml:8:7: unknown key 'buildz'")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 7\n    end_of_support: 2020-01-14\n    end_of_extended_support: 2019-01-01\n",
        "os-lifecycle.yaml:7:21: 'end_of_support' must fall between 'released' and 'end_of_extended_support'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    family: windows\n    release: Windows 7\n  - key: A\n    label: B\n    family: windows\n    release: Windows 8\n",
        "os-lifecycle.yaml:7:10: the key 'A' is used twice.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    key: b\n", "os-lifecycle.yaml:4:5: not valid YAML: Duplicate key")]
    [InlineData("version: 1\nentries:\n  - label: [x, y]\n", "os-lifecycle.yaml:3:5: 'key' is required.")]
    public void Lifecycle_errors_say_where(string yaml, string expected) => AssertError(OsLifecycleCatalog.Parse(yaml, LifecycleFile), expected);

    [Theory]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 7]\n",
        "ms17-010.yaml:3:5: an affected release needs 'fixed_by'")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 7]\n    fixed_by: [4012212]\n",
        "ms17-010.yaml:6:15: 'fixed_by' must list updates as KB followed by digits, not '4012212'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 10]\n    builds: [14393]\n    fixed_build: 14393\n    fixed_by: [KB4013429]\n",
        "ms17-010.yaml:7:18: 'fixed_build' must be build.revision of the entry's one build")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: []\n    not_affected: true\n",
        "ms17-010.yaml:3:5: 'releases' must name at least one Windows release")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 11]\n    not_affected: maybe\n",
        "ms17-010.yaml:6:19: 'not_affected' must be true or false, not 'maybe'.")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 7]\n    fixed_by: [KB4012212]\n    later_rollups_from: [KB4022719]\n",
        "ms17-010.yaml:7:25: ")]
    [InlineData("version: 1\nentries:\n  - key: a\n    label: A\n    releases: [Windows 7]\n    fixed_by: [KB4012212]\n    later_rollups_from: June\n",
        "ms17-010.yaml:7:25: 'later_rollups_from' names one update as KB followed by digits, not 'June'.")]
    public void Ms17010_errors_say_where(string yaml, string expected) => AssertError(Ms17010Catalog.Parse(yaml, "ms17-010.yaml"), expected);

    [Fact]
    public void Deep_nesting_is_refused_before_the_yaml_parser_sees_it()
    {
        var yaml = "version: 1\nentries: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        AssertError(OsLifecycleCatalog.Parse(yaml, LifecycleFile), "os-lifecycle.yaml:2:42: nesting deeper than 32 levels.");
    }

    [Fact]
    public void A_site_lifecycle_file_replaces_and_adds_entries_by_key()
    {
        var site = OsLifecycleCatalog.Parse(CatalogSamples.Lifecycle, LifecycleFile).Value!;
        var baseline = OsLifecycleCatalog.Default;

        var merged = baseline.Merge(site);

        Assert.Equal(baseline.Version + "+site-2026.1", merged.Version);
        Assert.Equal(baseline.Entries.Count, merged.Entries.Count);
        var win10 = merged.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", "Pro", "10.0.19045", "19045");
        Assert.Equal(("decision 12/QD-UBND", new DateOnly(2026, 10, 13)), (win10?.Source, win10?.EndOfSupport));
        Assert.Equal(new DateOnly(2025, 10, 14), baseline.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", "Pro", "10.0.19045", "19045")?.EndOfSupport);
        // Replaced in place: the other Windows 10 entries and their order stay.
        Assert.Equal(baseline.Entries.Select(e => e.Key), merged.Entries.Select(e => e.Key));
        Assert.Equal("debian-13", merged.Find(OsFamily.Linux, "Debian GNU/Linux 13 (trixie)", null, "13", null)?.Key);
        Assert.Equal(new DateOnly(2028, 8, 9), merged.Find(OsFamily.Linux, "Debian GNU/Linux 13 (trixie)", null, "13", null)?.EndOfSupport);
    }

    [Fact]
    public void A_site_file_with_new_keys_adds_them_after_the_defaults()
    {
        const string yaml = "version: s\nentries:\n  - key: astra-linux-1.7\n    label: Astra\n    family: other\n    release: Astra 1.7\n    end_of_support: 2030-01-01\n";
        var site = OsLifecycleCatalog.Parse(yaml, LifecycleFile).Value!;

        var merged = OsLifecycleCatalog.Default.Merge(site);

        Assert.Equal("astra-linux-1.7", merged.Entries[^1].Key);
        Assert.Equal(OsLifecycleCatalog.Default.Entries.Count + 1, merged.Entries.Count);
    }

    [Fact]
    public void A_site_ms17010_file_adds_a_later_rollup_to_windows_7()
    {
        var site = Ms17010Catalog.Parse(CatalogSamples.Ms17010, "ms17-010.yaml").Value!;
        var baseline = Ms17010Catalog.Default;
        string[] january2020 = ["KB4534310"];

        var merged = baseline.Merge(site);

        Assert.Equal(PatchState.Unknown, baseline.Check(OsFamily.Windows, "Microsoft Windows 7 Professional", "6.1.7601", "7601", january2020).State);
        Assert.Equal(new PatchCheck(PatchState.Patched, "KB4534310 installed"), merged.Check(OsFamily.Windows, "Microsoft Windows 7 Professional", "6.1.7601", "7601", january2020));
        Assert.Equal(baseline.Version + "+site-1", merged.Version);
        Assert.Equal(baseline.Entries.Count, merged.Entries.Count);
    }

    [Fact]
    public void Release_level_views_judge_the_general_line_and_keep_the_column_values()
    {
        var catalog = OsLifecycleCatalog.Default;

        var lastDayOfWindows10 = catalog.UnsupportedReleasesAsOf(new DateOnly(2025, 10, 14));
        var dayAfter = catalog.UnsupportedReleasesAsOf(new DateOnly(2025, 10, 15));

        Assert.DoesNotContain("Windows 10", lastDayOfWindows10);
        Assert.Contains("Windows 10", dayAfter);
        Assert.Equal(dayAfter.Order(StringComparer.Ordinal), dayAfter);
        Assert.Subset(new HashSet<string>(dayAfter), new HashSet<string> { "Windows XP", "Windows Vista", "Windows 7", "Windows 8", "Windows 8.1", "Windows Server 2003", "Windows Server 2003 R2", "Windows Server 2008", "Windows Server 2008 R2", "Windows Server 2012", "Windows Server 2012 R2", "Ubuntu 18.04", "Centos 7", "Debian 10" });
        Assert.DoesNotContain("Windows 11", dayAfter);
        Assert.DoesNotContain("Windows Server 2016", dayAfter);
        Assert.DoesNotContain("Ubuntu 22.04", dayAfter);
        Assert.DoesNotContain("Suse 15", dayAfter);
        // The line is the general channel: Windows 10 counts as ended though LTSC 2021 is supported until 2027.
        Assert.Equal(new DateOnly(2025, 10, 14), catalog.ReleaseEndOfSupport("windows 10"));
        Assert.True(catalog.IsReleaseUnsupported("Windows 7", new DateOnly(2020, 1, 15)));
        Assert.False(catalog.IsReleaseUnsupported("Windows 7", new DateOnly(2020, 1, 14)));
        Assert.False(catalog.IsReleaseUnsupported("Windows 11", new DateOnly(2026, 11, 22)));
        Assert.False(catalog.IsReleaseUnsupported(null, new DateOnly(2026, 11, 22)));
        // A line lasts as long as its latest listed release: Windows 11 26H1 Enterprise, for now.
        Assert.Equal(new DateOnly(2029, 3, 13), catalog.ReleaseEndOfSupport("Windows 11"));
        Assert.Null(catalog.ReleaseEndOfSupport("Windows 12"));
        Assert.Equal(new DateOnly(2024, 5, 31), catalog.ReleaseEndOfSupport("Centos 8"));
    }

    [Fact]
    public void Default_bundle_carries_the_three_catalogs_and_their_versions()
    {
        var catalogs = ComplianceCatalogs.Default;

        Assert.Same(OsLifecycleCatalog.Default, catalogs.Lifecycle);
        Assert.Same(Ms17010Catalog.Default, catalogs.Ms17010);
        Assert.Same(Windows11Processors.Default, catalogs.Windows11Cpus);
        Assert.Equal("os-lifecycle 2026.11.1; ms17-010 2017.05.3; windows11-processors 2025.10.6", catalogs.Version);
    }

    private static void AssertError<T>(Result<T> result, string expected)
    {
        Assert.False(result.IsSuccess, "parsed: " + expected);
        Assert.StartsWith(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(("catalog.invalid", ErrorKind.Validation), (result.Error.Code, result.Error.Kind));
        Assert.Equal(result.Error.Message[..result.Error.Message.IndexOf(": ", StringComparison.Ordinal)], result.Error.Location);
    }
}
