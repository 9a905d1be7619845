using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance.Catalogs;

public sealed partial class OsLifecycleCatalog
{
    private OsLifecycleEntry? Lookup(OsFamily family, string? name, string? edition, string? version, string? build)
    {
        var windows = family == OsFamily.Windows
            || (family is OsFamily.Unknown or OsFamily.Other && (name?.Contains("windows", StringComparison.OrdinalIgnoreCase) ?? false));
        if (windows)
        {
            return FindWindows(name, edition, version, build);
        }

        return family is OsFamily.Linux or OsFamily.Unknown or OsFamily.Other ? FindLinux(name, version) : null;
    }

    private OsLifecycleEntry? FindWindows(string? name, string? edition, string? version, string? build)
    {
        var line = WindowsLine(name, edition, version, build);
        if (line is null)
        {
            return null;
        }

        var text = (name ?? "") + " " + (edition ?? "");
        var windowsBuild = WindowsBuild.Of(build, version);
        var editionClass = WindowsEditions.Of(text);
        var candidates = InRelease(line).Where(e => e.Family == OsFamily.Windows && Matches(e.Match, windowsBuild, text, editionClass)).ToList();
        return Best(candidates);
    }

    /// <summary>
    /// The release line as the inventory names it. Server releases without a year in the name (Semi-Annual Channel
    /// "Windows Server Datacenter") would read as the client with the same kernel: those are not guessed.
    /// </summary>
    internal static string? WindowsLine(string? name, string? edition, string? version, string? build)
    {
        var line = OsRelease.Of(new OsInfo { Family = OsFamily.Windows, Name = name, Edition = edition, Version = version, Build = build });
        if (line is null || !line.StartsWith("Windows", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var isServerLine = line.StartsWith("Windows Server", StringComparison.OrdinalIgnoreCase);
        var saysServer = (name?.Contains("server", StringComparison.OrdinalIgnoreCase) ?? false)
            || (edition?.Contains("server", StringComparison.OrdinalIgnoreCase) ?? false);
        return isServerLine || !saysServer ? line : null;
    }

    private static bool Matches(OsLifecycleMatch match, WindowsBuild build, string text, WindowsEdition edition)
    {
        if (match.UnknownBuild ? build.Number is not null : match.Builds.Count > 0 && (build.Number is not { } number || !match.Builds.Contains(number)))
        {
            return false;
        }

        var editionFits = match.Editions switch
        {
            EditionScope.Consumer => edition != WindowsEdition.Enterprise,
            EditionScope.Enterprise => edition != WindowsEdition.Consumer,
            _ => true,
        };
        return editionFits && match.NameMatches(text);
    }

    private OsLifecycleEntry? FindLinux(string? name, string? version)
    {
        var distro = LinuxDistribution.Of(name, version);
        if (distro is null || distro.Version.Count == 0)
        {
            return null;
        }

        var candidates = Entries
            .Where(e => e.Family == OsFamily.Linux && string.Equals(e.Match.Distro, distro.Id, StringComparison.Ordinal) && Compatible(e.Match.Version, distro.Version))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // "Red Hat 8.9" is fully told by the entry "8"; "SUSE 15" without a service pack could be any 15.x: then the
        // earliest end is taken (Best), as for an unknown Windows edition.
        var told = candidates.Where(e => e.Match.Version.Count <= distro.Version.Count).ToList();
        if (told.Count == 0)
        {
            return Best(candidates);
        }

        var longest = told.Max(e => e.Match.Version.Count);
        return Best(told.FindAll(e => e.Match.Version.Count == longest));
    }

    private static bool Compatible(IReadOnlyList<int> entry, IReadOnlyList<int> reported)
    {
        if (entry.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < Math.Min(entry.Count, reported.Count); i++)
        {
            if (entry[i] != reported[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The most specific entry; among equals the one that ends first (no end counts as latest), then by key.</summary>
    private static OsLifecycleEntry? Best(List<OsLifecycleEntry> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var specificity = candidates.Max(e => e.Match.Specificity);
        return candidates.Where(e => e.Match.Specificity == specificity)
            .OrderBy(e => e.EndOfSupport ?? DateOnly.MaxValue)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .First();
    }
}
