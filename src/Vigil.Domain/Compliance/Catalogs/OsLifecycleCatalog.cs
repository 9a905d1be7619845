using System.Collections.Concurrent;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// End-of-support dates of Windows client and server releases (feature updates, editions, LTSC, IoT and Embedded
/// lines) and of common Linux distributions, and the lookup from what an inventory reports to the entry that applies.
/// The default is embedded (Data/os-lifecycle.yaml, from endoflife.date); a site file may replace or add entries.
/// </summary>
public sealed partial class OsLifecycleCatalog
{
    public const string FileName = "os-lifecycle.yaml";

    /// <summary>Distinct OS descriptions in a province are few; beyond this many the lookup simply stops caching.</summary>
    private const int MaxCachedLookups = 20_000;

    private static readonly Lazy<OsLifecycleCatalog> s_default = new(() => CatalogResources.Load<OsLifecycleCatalog>(FileName, Parse));

    private readonly Dictionary<string, OsLifecycleEntry[]> _byRelease;
    private readonly Dictionary<string, DateOnly?> _releaseEnds;
    private readonly ConcurrentDictionary<(OsFamily, string?, string?, string?, string?), OsLifecycleEntry?> _lookups = new();

    private OsLifecycleCatalog(string version, IReadOnlyList<OsLifecycleEntry> entries)
    {
        Version = version;
        Entries = entries;
        _byRelease = entries.GroupBy(e => e.Release, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _releaseEnds = _byRelease.ToDictionary(r => r.Key, r => LineEnd(r.Value), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The embedded catalog.</summary>
    public static OsLifecycleCatalog Default => s_default.Value;

    /// <summary>Identifies the data for fingerprints: the file's <c>version:</c>, joined with a site file's by "+".</summary>
    public string Version { get; }

    public IReadOnlyList<OsLifecycleEntry> Entries { get; }

    /// <summary>This catalog with <paramref name="site"/>'s entries replacing those of the same key and the others added.</summary>
    public OsLifecycleCatalog Merge(OsLifecycleCatalog site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var replaced = site.Entries.ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
        var merged = Entries.Select(e => replaced.GetValueOrDefault(e.Key) ?? e).ToList();
        var known = Entries.Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        merged.AddRange(site.Entries.Where(e => !known.Contains(e.Key)));
        return new OsLifecycleCatalog(Version + "+" + site.Version, merged);
    }

    /// <summary>
    /// The release lines (values of <c>Computer.OsRelease</c>) whose general line ended before <paramref name="asOf"/>,
    /// for filtering in SQL. A line is judged by its general entries only (LTSC, IoT and Embedded entries name
    /// themselves in the product name, which the column does not keep): "Windows 10" ends with 22H2 on 14/10/2025
    /// even though Windows 10 Enterprise LTSC 2021 is supported until 2027. Per computer, <see cref="Find"/> is exact.
    /// </summary>
    public IReadOnlyList<string> UnsupportedReleasesAsOf(DateOnly asOf) =>
        [.. _releaseEnds.Where(r => r.Value is { } last && asOf > last).Select(r => r.Key).Order(StringComparer.Ordinal)];

    /// <summary>The last day of the release line's general entries (see <see cref="UnsupportedReleasesAsOf"/>); null when unknown or open.</summary>
    public DateOnly? ReleaseEndOfSupport(string? release) =>
        release is not null && _releaseEnds.TryGetValue(release, out var last) ? last : null;

    /// <summary>True from the day after <see cref="ReleaseEndOfSupport"/>.</summary>
    public bool IsReleaseUnsupported(string? release, DateOnly asOf) => ReleaseEndOfSupport(release) is { } last && asOf > last;

    /// <summary>
    /// The entry that applies to a computer, from its OS as reported; null when nothing matches (the rule then says
    /// Unknown). The most specific entry wins: a name with "LTSC" and build 17763 is Windows 10 Enterprise LTSC 2019,
    /// not 1809. Windows 10 and 11 feature updates are told by build number; Windows 11 without a build is null,
    /// Windows 10 without one falls to the entry marked <c>unknown_build</c>.
    /// </summary>
    /// <remarks>
    /// When the edition decides (Windows 10 21H2 Enterprise ends a year after Pro) and the name does not tell
    /// (no edition, "Windows 10 S"), the earlier end is chosen: a computer is never judged supported on a guess.
    /// </remarks>
    public OsLifecycleEntry? Find(OsFamily family, string? name, string? edition, string? version, string? build)
    {
        var key = (family, name, edition, version, build);
        if (_lookups.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var found = Lookup(family, name, edition, version, build);
        if (_lookups.Count < MaxCachedLookups)
        {
            _lookups.TryAdd(key, found);
        }

        return found;
    }

    internal IReadOnlyList<OsLifecycleEntry> InRelease(string release) =>
        _byRelease.TryGetValue(release, out var entries) ? entries : [];

    private static DateOnly? LineEnd(OsLifecycleEntry[] entries)
    {
        var general = entries.Where(e => e.Match.IsGeneral).ToArray();
        var judged = general.Length > 0 ? general : entries;
        return judged.Any(e => e.EndOfSupport is null) ? null : judged.Max(e => e.EndOfSupport);
    }
}
