using System.Text.RegularExpressions;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Domain.Tests.Inventory.Ocs;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

public partial class Ms17010CatalogTests
{
    private static readonly Ms17010Catalog Catalog = Ms17010Catalog.Default;

    /// <summary>
    /// Every KB the two source lists give for a Windows version is in the catalog for that version, except those
    /// the catalog's header explains: wrong OS, a bulletin number, a typo.
    /// </summary>
    [Fact]
    public void Every_kb_of_the_source_lists_is_in_the_catalog_for_its_windows_or_explained()
    {
        (string Release, string Kb)[] corrected =
        [
            ("Windows Server 2008", "KB4012212"), // a Windows 7 update listed for 2008
            ("Windows Server 2008", "KB4013389"), // the bulletin's article number, not an update
            ("Windows Server 2008 R2", "KB4012598"), // the XP/Vista/2008 update
            ("Windows Server 2012 R2", "KB4015549"), // a Windows 7 rollup
            ("Windows Server 2012", "KB4015553"), // the 8.1 / 2012 R2 preview rollup
            ("Windows 10", "KB4016871"), // 1703's May update, listed under 1511
            ("Windows 10", "KB4079472"), // no update of 1607
        ];
        var sourceLines = LifecycleFixtures.Text("ms17-010_kb_per_os_script_header_A.txt").Split('\n')
            .Concat(LifecycleFixtures.Text("ms17-010_kb_notes_microsoft_script_B.txt").Split('\n'))
            .Where(l => l.Contains(" - Windows", StringComparison.Ordinal) || l.Contains("# Windows 10", StringComparison.Ordinal));
        var checkedKbs = 0;
        foreach (var line in sourceLines)
        {
            var release = ReleaseOf(line);
            foreach (Match kb in KbPattern().Matches(line))
            {
                var inCatalog = Catalog.Entries.Any(e => e.Releases.Contains(release) && e.FixedBy.Concat(e.SupersededBy).Contains(kb.Value));
                Assert.True(inCatalog || corrected.Contains((release, kb.Value)), $"{kb.Value} for {release} ({line.Trim()})");
                checkedKbs++;
            }
        }

        Assert.True(checkedKbs > 60, $"{checkedKbs} KBs checked");
    }

    /// <summary>
    /// The notes name the March 2017 cumulative updates with truncated builds ("OS Build 933"); the catalog has the
    /// builds of Microsoft's update titles ("March 14, 2017—KB4013429 (OS Build 14393.953)").
    /// </summary>
    [Fact]
    public void Windows_10_fixed_builds_are_those_of_the_march_2017_update_titles()
    {
        var notes = LifecycleFixtures.Text("ms17-010_kb_notes_microsoft_script_B.txt");
        (string Key, string Kb, string InNotes, string Build)[] updates =
        [
            ("windows-10-1507", "KB4012606", "17312", "10240.17319"),
            ("windows-10-1511", "KB4013198", "830", "10586.839"),
            ("windows-10-1607", "KB4013429", "933", "14393.953"),
        ];

        foreach (var (key, kb, inNotes, build) in updates)
        {
            var entry = Catalog.Entries.Single(e => e.Key == key);
            Assert.Equal((kb, build), (Assert.Single(entry.FixedBy), entry.FixedBuild));
            Assert.Matches($@"{kb} March 1\d, 2017\W+{kb} \(OS Build {inNotes}\)", notes);
        }
    }

    [Theory]
    // Windows 7 SP1: the March update, or a later rollup that contains it (KB4019264, May 2017).
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB4012212", PatchState.Patched, "KB4012212 installed")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB2533623,KB4019264", PatchState.Patched, "KB4019264 installed")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "kb4015549", PatchState.Patched, "KB4015549 installed")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB2533623,KB3125574", PatchState.Missing, "none of KB4012212, KB4012215, KB4012218, KB4015549, … among 2 installed updates")]
    // A fully updated machine may show only rollups after the listed ones (cleanup removes superseded updates): with an
    // update numbered at or after June 2017's rollup the KB list cannot decide, so Unknown, not a false Missing.
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB2533623,KB5022338", PatchState.Unknown, "none of the listed updates, but KB5022338 (at or after KB4022719) is installed and may be a later rollup with the fix")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB4022719", PatchState.Unknown, "none of the listed updates, but KB4022719 (at or after KB4022719) is installed and may be a later rollup with the fix")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "KB4022718", PatchState.Missing, "none of KB4012212, KB4012215, KB4012218, KB4015549, … among 1 installed updates")]
    [InlineData("Microsoft Windows 8.1 Pro", "6.3.9600", "9600", "KB5022352", PatchState.Unknown, "none of the listed updates, but KB5022352 (at or after KB4022726) is installed and may be a later rollup with the fix")]
    [InlineData("Microsoft Windows XP Professional", "5.1.2600", "2600", "KB5022338", PatchState.Missing, "none of KB4012598 among 1 installed updates")]
    [InlineData("Microsoft Windows Server 2008 R2 Standard", "6.1.7601", "7601", "KB4019264", PatchState.Patched, "KB4019264 installed")]
    [InlineData("Microsoft Windows Server 2008 R2 Standard", "6.1.7601", "7601", "KB4012598", PatchState.Missing, "none of KB4012212, KB4012215, KB4012218, KB4015549, … among 1 installed updates")]
    [InlineData("Microsoft® Windows Server® 2008 Standard", "6.0.6003", "6003", "KB4012598", PatchState.Patched, "KB4012598 installed")]
    [InlineData("Microsoft Windows XP Professional", "5.1.2600", "2600", "KB4012598", PatchState.Patched, "KB4012598 installed")]
    [InlineData("Microsoft Windows 8.1 Pro", "6.3.9600", "9600", "KB4019215", PatchState.Patched, "KB4019215 installed")]
    [InlineData("Microsoft Windows Server 2012 Standard", "6.2.9200", "9200", "KB4019216", PatchState.Patched, "KB4019216 installed")]
    [InlineData("Microsoft Windows Server 2012 Standard", "6.2.9200", "9200", "KB4019215", PatchState.Missing, "none of KB4012214, KB4012217, KB4012220, KB4015551, … among 1 installed updates")]
    // Windows 10 1507/1511/1607 and Server 2016: the build revision decides, compared as a number (1066 > 953).
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393.1066", null, PatchState.Patched, "build 14393.1066 >= 14393.953")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393.953", null, PatchState.Patched, "build 14393.953 >= 14393.953")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393.447", "", PatchState.Missing, "build 14393.447 < 14393.953")]
    [InlineData("Microsoft Windows 10 Enterprise 2016 LTSB", "10.0.14393.952", "14393", null, PatchState.Missing, "build 14393.952 < 14393.953")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.10586", "10586.839", null, PatchState.Patched, "build 10586.839 >= 10586.839")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.10240", "10240.17318", null, PatchState.Missing, "build 10240.17318 < 10240.17319")]
    [InlineData("Microsoft Windows 10 Enterprise 2015 LTSB", "10.0.10240", "10240.20469", null, PatchState.Patched, "build 10240.20469 >= 10240.17319")]
    [InlineData("Microsoft Windows Server 2016 Standard", "10.0.14393", "14393.2430", null, PatchState.Patched, "build 14393.2430 >= 14393.953")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393", "KB4013429", PatchState.Patched, "KB4013429 installed")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393", "KB5034767", PatchState.Missing, "none of KB4013429, KB4015217, KB4015438, KB4016635, … among 1 installed updates")]
    // Shipped with the fix.
    [InlineData("Microsoft Windows 10 Pro", "10.0.19045", "19045", null, PatchState.NotAffected, "Windows 10 1703 and later shipped with the fix")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.15063", "15063", "", PatchState.NotAffected, "Windows 10 1703 and later shipped with the fix")]
    [InlineData("Microsoft Windows 11 Pro", "10.0.22631", "22631", null, PatchState.NotAffected, "Windows 11 shipped with the fix")]
    [InlineData("Microsoft Windows Server 2019 Datacenter", "10.0.17763", "17763", null, PatchState.NotAffected, "Windows Server 2019 and later shipped with the fix")]
    [InlineData("Microsoft Windows Server 2022 Standard", "10.0.20348", "20348", null, PatchState.NotAffected, "Windows Server 2019 and later shipped with the fix")]
    // The hotfix list: null is "not reported" (Unknown), empty is "none installed" (Missing).
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", null, PatchState.Unknown, "installed updates not reported")]
    [InlineData("Microsoft Windows 7 Professional", "6.1.7601", "7601", "", PatchState.Missing, "none of KB4012212, KB4012215, KB4012218, KB4015549, … among 0 installed updates")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.14393", "14393", null, PatchState.Unknown, "installed updates and build revision not reported")]
    // Windows 10 without a build: 1607 needs the fix, 1703 does not; an installed fix still answers.
    [InlineData("Microsoft Windows 10 Pro", null, null, "KB4013429", PatchState.Patched, "KB4013429 installed")]
    [InlineData("Microsoft Windows 10 Pro", null, null, "KB5034763", PatchState.Unknown, "build of Windows 10 unknown")]
    [InlineData("Windows Server Datacenter", "10.0.17763", "17763", null, PatchState.Unknown, "no MS17-010 data for Windows Server Datacenter build 17763")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.9999", "9999", null, PatchState.Unknown, "no MS17-010 data for Windows 10 build 9999")]
    public void Windows_computers_are_judged_by_updates_and_build(string name, string? version, string? build, string? hotfixes, PatchState state, string evidence)
    {
        IReadOnlyList<string>? list = hotfixes is null ? null : hotfixes.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var check = Catalog.Check(OsFamily.Windows, name, version, build, list);

        Assert.Equal((state, evidence), (check.State, check.Evidence));
    }

    [Theory]
    [InlineData(OcsFixtures.Windows7, PatchState.Patched, "KB4012212 installed")]
    [InlineData(OcsFixtures.WindowsXp, PatchState.Patched, "KB4012598 installed")]
    [InlineData(OcsFixtures.Windows10, PatchState.NotAffected, "Windows 10 1703 and later shipped with the fix")]
    [InlineData(OcsFixtures.Debian, PatchState.NotAffected, "not Windows")]
    public void Ocs_fixtures_are_judged_from_their_reported_updates(string fixture, PatchState state, string evidence)
    {
        var snapshot = OcsFixtures.Report(fixture).Snapshot;

        var check = Catalog.Check(snapshot.Os!.Family, snapshot.Os.Name, snapshot.Os.Version, snapshot.Os.Build, snapshot.Hotfixes);

        Assert.Equal((state, evidence), (check.State, check.Evidence));
    }

    [Fact]
    public void Other_systems_are_not_affected_and_an_unknown_one_is_unknown()
    {
        Assert.Equal(PatchState.NotAffected, Catalog.Check(OsFamily.Linux, "Ubuntu 22.04.4 LTS", "22.04", null, null).State);
        Assert.Equal(PatchState.NotAffected, Catalog.Check(OsFamily.MacOs, "macOS", "14.4", null, null).State);
        Assert.Equal(PatchState.Unknown, Catalog.Check(OsFamily.Unknown, null, null, null, ["KB4012212"]).State);
    }

    private static string ReleaseOf(string line) => line switch
    {
        _ when line.Contains("1511", StringComparison.Ordinal) || line.Contains("1607", StringComparison.Ordinal) || line.Contains("# Windows 10", StringComparison.Ordinal) => "Windows 10",
        _ when line.Contains("Windows 10 and Windows Server 2016", StringComparison.Ordinal) => "Windows 10",
        _ when line.Contains("2008 R2", StringComparison.Ordinal) || line.Contains("2008R2", StringComparison.Ordinal) => "Windows Server 2008 R2",
        _ when line.Contains("2012 R2", StringComparison.Ordinal) || line.Contains("2012R2", StringComparison.Ordinal) => "Windows Server 2012 R2",
        _ when line.Contains("Server 2008", StringComparison.Ordinal) => "Windows Server 2008",
        _ when line.Contains("2012", StringComparison.Ordinal) => "Windows Server 2012",
        _ when line.Contains("Windows 2003", StringComparison.Ordinal) => "Windows Server 2003",
        _ when line.Contains("Windows 8.1", StringComparison.Ordinal) => "Windows 8.1",
        _ when line.Contains("Windows 8", StringComparison.Ordinal) => "Windows 8",
        _ when line.Contains("Windows 7", StringComparison.Ordinal) => "Windows 7",
        _ when line.Contains("Vista", StringComparison.Ordinal) => "Windows Vista",
        _ when line.Contains("Windows XP", StringComparison.Ordinal) => "Windows XP",
        _ => throw new InvalidOperationException("unrecognised source line: " + line),
    };

    [GeneratedRegex(@"KB\d{7}")]
    private static partial Regex KbPattern();
}
