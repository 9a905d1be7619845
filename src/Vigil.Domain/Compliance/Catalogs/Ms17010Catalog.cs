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

    private static readonly Lazy<Ms17010Catalog> s_default = new(() => CatalogResources.Load<Ms17010Catalog>(FileName, Parse));

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

        var release = OsLifecycleCatalog.WindowsLine(name, null, version, build);
        var windowsBuild = WindowsBuild.Of(build, version);
        var entries = release is null ? [] : Entries.Where(e => e.Covers(release, windowsBuild)).ToList();
        if (entries.Count == 0)
        {
            return new PatchCheck(PatchState.Unknown, $"no MS17-010 data for {Describe(release ?? name, windowsBuild)}");
        }

        if (entries.TrueForAll(e => e.NotAffected))
        {
            return new PatchCheck(PatchState.NotAffected, $"{entries[0].Label} shipped with the fix");
        }

        if (Installed(entries, hotfixes) is { } kb)
        {
            return new PatchCheck(PatchState.Patched, kb + " installed");
        }

        if (entries.Count > 1)
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

        var wanted = entry.FixedBy.Concat(entry.SupersededBy).ToList();
        var listed = string.Join(", ", wanted.Take(4)) + (wanted.Count > 4 ? ", …" : "");
        return new PatchCheck(PatchState.Missing, $"none of {listed} among {hotfixes.Count} installed updates");
    }

    private static string? Installed(List<Ms17010Entry> entries, IReadOnlyList<string>? hotfixes)
    {
        if (hotfixes is null || hotfixes.Count == 0)
        {
            return null;
        }

        foreach (var hotfix in hotfixes)
        {
            var number = KbNumber(hotfix);
            if (number is null)
            {
                continue;
            }

            if (entries.Exists(e => e.KbNumbers.Contains(number)))
            {
                return "KB" + number;
            }
        }

        return null;
    }

    /// <summary>"KB4012212", "kb4012212 ", "4012212" → "4012212".</summary>
    internal static string? KbNumber(string? text)
    {
        var span = (text ?? "").AsSpan().Trim();
        if (span.StartsWith("KB", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        if (span.IsEmpty || span.Length > 9)
        {
            return null;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return span.ToString();
    }

    private static string Describe(string? release, WindowsBuild build) =>
        (release ?? "this Windows") + (build.Number is null ? "" : " build " + build.Text);
}
