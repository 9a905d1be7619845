using System.Collections.Concurrent;
using System.Globalization;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// Which updates fix MS17-010 (the SMBv1 flaws WannaCry spread through) on each Windows release, and the check of one
/// computer against them. The default is embedded (Data/ms17-010.yaml); a site file may replace or add entries.
/// </summary>
public sealed partial class Ms17010Catalog
{
    public const string FileName = "ms17-010.yaml";

    /// <summary>Distinct (name, version, build) triples are few; beyond this many the lookup stops caching.</summary>
    private const int MaxCachedLookups = 20_000;

    private static readonly Lazy<Ms17010Catalog> s_default = new(() => CatalogResources.Load<Ms17010Catalog>(FileName, Parse));

    private readonly ConcurrentDictionary<(string?, string?, string?), Applicable> _lookups = new();

    private Ms17010Catalog(string version, IReadOnlyList<Ms17010Entry> entries)
    {
        Version = version;
        Entries = entries;
    }

    public static Ms17010Catalog Default => s_default.Value;

    /// <summary>Identifies the data for fingerprints: the file's <c>version:</c>, joined with a site file's by "+".</summary>
    public string Version { get; }

    public IReadOnlyList<Ms17010Entry> Entries { get; }

    /// <summary>This catalog with <paramref name="site"/>'s entries replacing those of the same key and the others added.</summary>
    public Ms17010Catalog Merge(Ms17010Catalog site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var replaced = site.Entries.ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
        var merged = Entries.Select(e => replaced.GetValueOrDefault(e.Key) ?? e).ToList();
        var known = Entries.Select(e => e.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        merged.AddRange(site.Entries.Where(e => !known.Contains(e.Key)));
        return new Ms17010Catalog(Version + "+" + site.Version, merged);
    }

    /// <summary>
    /// Patched when any fixing or superseding update is installed, or the build (with its revision) is at or above the
    /// fixed build; Missing when the build revision is below it, or the installed updates are known (an empty list is
    /// known: none) and none of them fixes it; Unknown when the updates are not reported and the build cannot tell.
    /// Windows that shipped with the fix, and other operating systems, are NotAffected.
    /// </summary>
    public PatchCheck Check(OsFamily family, string? name, string? version, string? build, IReadOnlyList<string>? hotfixes)
    {
        var windows = family == OsFamily.Windows || (name?.Contains("windows", StringComparison.OrdinalIgnoreCase) ?? false);
        if (!windows)
        {
            return family is OsFamily.Linux or OsFamily.MacOs
                ? new PatchCheck(PatchState.NotAffected, "not Windows")
                : new PatchCheck(PatchState.Unknown, "operating system unknown");
        }

        var (release, windowsBuild, entries, kbs) = EntriesFor(name, version, build);
        if (entries.Length == 0)
        {
            return new PatchCheck(PatchState.Unknown, $"no MS17-010 data for {Describe(release ?? name, windowsBuild)}");
        }

        if (Array.TrueForAll(entries, e => e.NotAffected))
        {
            return new PatchCheck(PatchState.NotAffected, $"{entries[0].Label} shipped with the fix");
        }

        if (Installed(kbs, hotfixes) is { } kb)
        {
            return new PatchCheck(PatchState.Patched, kb + " installed");
        }

        if (entries.Length > 1)
        {
            // Windows 10 without a build: 1607 needs the fix, 1703 does not.
            return new PatchCheck(PatchState.Unknown, $"build of {release} unknown");
        }

        var entry = entries[0];
        if (entry.Fixed is { } fixedBuild && windowsBuild.Revision is { } revision)
        {
            var atOrAbove = revision >= fixedBuild.Revision;
            return new PatchCheck(
                atOrAbove ? PatchState.Patched : PatchState.Missing,
                string.Create(CultureInfo.InvariantCulture, $"build {windowsBuild.Text} {(atOrAbove ? ">=" : "<")} {fixedBuild.Text}"));
        }

        if (hotfixes is null)
        {
            return new PatchCheck(PatchState.Unknown, entry.Fixed is null ? "installed updates not reported" : "installed updates and build revision not reported");
        }

        if (LaterUpdate(entry, hotfixes) is { } later)
        {
            return new PatchCheck(PatchState.Unknown, $"none of the listed updates, but {later} (at or after {entry.LaterRollupsFrom}) is installed and may be a later rollup with the fix");
        }

        var wanted = entry.FixedBy.Concat(entry.SupersededBy).ToList();
        var listed = string.Join(", ", wanted.Take(4)) + (wanted.Count > 4 ? ", …" : "");
        return new PatchCheck(PatchState.Missing, $"none of {listed} among {hotfixes.Count} installed updates");
    }

    /// <summary>The entries that may apply to a Windows computer, with their update numbers; cached, as every report asks.</summary>
    private Applicable EntriesFor(string? name, string? version, string? build)
    {
        if (_lookups.TryGetValue((name, version, build), out var cached))
        {
            return cached;
        }

        var release = OsLifecycleCatalog.WindowsLine(name, null, version, build);
        var windowsBuild = WindowsBuild.Of(build, version);
        var entries = release is null ? [] : Entries.Where(e => e.Covers(release, windowsBuild)).ToArray();
        var kbs = entries.SelectMany(e => e.KbNumbers).ToHashSet(StringComparer.Ordinal);
        var found = new Applicable(release, windowsBuild, entries, kbs);
        if (_lookups.Count < MaxCachedLookups)
        {
            _lookups.TryAdd((name, version, build), found);
        }

        return found;
    }

    /// <summary>The first installed update that carries the fix, as "KB…"; reads the list without allocating per item.</summary>
    private static string? Installed(HashSet<string> kbs, IReadOnlyList<string>? hotfixes)
    {
        if (hotfixes is null || hotfixes.Count == 0 || kbs.Count == 0)
        {
            return null;
        }

        var lookup = kbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < hotfixes.Count; i++)
        {
            if (KbDigits(hotfixes[i]) is { IsEmpty: false } number && lookup.TryGetValue(number, out var kb))
            {
                return "KB" + kb;
            }
        }

        return null;
    }

    /// <summary>An installed update numbered at or after the entry's first later rollup; KB numbers grow with time.</summary>
    private static string? LaterUpdate(Ms17010Entry entry, IReadOnlyList<string> hotfixes)
    {
        if (KbNumber(entry.LaterRollupsFrom) is not { } first || !long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var from))
        {
            return null;
        }

        foreach (var hotfix in hotfixes)
        {
            if (long.TryParse(KbDigits(hotfix), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= from)
            {
                return "KB" + number.ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> KbDigits(string? text)
    {
        var span = (text ?? "").AsSpan().Trim();
        if (span.StartsWith("KB", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        return span.Length is > 0 and <= 9 && !span.ContainsAnyExceptInRange('0', '9') ? span : [];
    }

    /// <summary>"KB4012212", "kb4012212 ", "4012212" → "4012212".</summary>
    internal static string? KbNumber(string? text) => KbDigits(text) is { IsEmpty: false } digits ? digits.ToString() : null;

    private static string Describe(string? release, WindowsBuild build) =>
        (release ?? "this Windows") + (build.Number is null ? "" : " build " + build.Text);

    private sealed record Applicable(string? Release, WindowsBuild Build, Ms17010Entry[] Entries, HashSet<string> Kbs);
}
