using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Inventory;

/// <summary>
/// The product line an OS belongs to ("Windows 7", "Windows Server 2008 R2", "Ubuntu 22.04"), read from what
/// sources report. Sources disagree on spelling ("Microsoft Windows 7 Professional", "Windows 7", "6.1.7601");
/// the release is what they must agree on, and what lifecycle rules key on.
/// </summary>
public static partial class OsRelease
{
    /// <summary>A short display name such as "Windows 10", or null when the source said too little.</summary>
    public static string? Of(OsInfo? os)
    {
        if (os is null)
        {
            return null;
        }

        var name = os.Name ?? "";
        if (os.Family == OsFamily.Windows || name.Contains("windows", StringComparison.OrdinalIgnoreCase))
        {
            return Windows(name, os.Version, os.Build);
        }

        if (os.Family == OsFamily.Linux || LinuxName().IsMatch(name))
        {
            return Linux(name, os.Version);
        }

        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    /// <summary>Guesses the family from a product name, for sources that give only the name.</summary>
    public static OsFamily FamilyOf(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return OsFamily.Unknown;
        }

        if (name.Contains("windows", StringComparison.OrdinalIgnoreCase) || name.StartsWith("win", StringComparison.OrdinalIgnoreCase))
        {
            return OsFamily.Windows;
        }

        if (name.Contains("mac", StringComparison.OrdinalIgnoreCase) || name.Contains("darwin", StringComparison.OrdinalIgnoreCase))
        {
            return OsFamily.MacOs;
        }

        return LinuxName().IsMatch(name) ? OsFamily.Linux : OsFamily.Other;
    }

    private static string? Windows(string name, string? version, string? build)
    {
        // WMI writes "Microsoft® Windows Server® 2008 Standard": the marks would hide the year from the pattern.
        var match = WindowsName().Match(name.Replace("®", " ", StringComparison.Ordinal).Replace("™", " ", StringComparison.Ordinal)
            .Replace("(R)", " ", StringComparison.OrdinalIgnoreCase).Replace("(TM)", " ", StringComparison.OrdinalIgnoreCase));
        if (match.Success)
        {
            var product = match.Groups["server"].Success
                ? "Windows Server " + match.Groups["year"].Value + (match.Groups["r2"].Success ? " R2" : "")
                : "Windows " + match.Groups["client"].Value.ToUpperInvariant().Replace("VISTA", "Vista", StringComparison.Ordinal);
            return product;
        }

        // Only a version number: map the kernel version to its client release.
        var v = (version ?? "").Trim();
        var buildNumber = ParseBuild(build) ?? ParseBuild(v.Split('.').ElementAtOrDefault(2));
        return v switch
        {
            _ when v.StartsWith("5.1", StringComparison.Ordinal) => "Windows XP",
            _ when v.StartsWith("6.0", StringComparison.Ordinal) => "Windows Vista",
            _ when v.StartsWith("6.1", StringComparison.Ordinal) => "Windows 7",
            _ when v.StartsWith("6.2", StringComparison.Ordinal) => "Windows 8",
            _ when v.StartsWith("6.3", StringComparison.Ordinal) => "Windows 8.1",
            _ when v.StartsWith("10.", StringComparison.Ordinal) && buildNumber is { } b => b >= 22000 ? "Windows 11" : "Windows 10",
            _ => string.IsNullOrWhiteSpace(name) ? null : name.Trim(),
        };
    }

    private static string? Linux(string name, string? version)
    {
        var distro = LinuxName().Match(name);
        var number = VersionNumber().Match(name);
        if (!number.Success && version is not null)
        {
            number = VersionNumber().Match(version);
        }

        if (!distro.Success)
        {
            return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        }

        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(distro.Value.ToLowerInvariant());
        if (!number.Success)
        {
            return title;
        }

        // Ubuntu and Mint releases are year.month; the others are known by their major number.
        var keepMinor = title is "Ubuntu" or "Linux Mint" or "Mint";
        return title + " " + (keepMinor ? number.Value : number.Groups["major"].Value);
    }

    private static int? ParseBuild(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"\bWin(?:dows)?\s*(?:(?<server>Server)\s+(?<year>20\d\d|2003|2000)(?:\s+(?<r2>R2))?|(?<client>XP|Vista|8\.1|7|8|10|11)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowsName();

    [GeneratedRegex(@"\b(ubuntu|debian|linux mint|mint|centos|red hat|rhel|fedora|rocky|almalinux|opensuse|suse|kali|arch|alpine|oracle linux|amazon linux)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinuxName();

    [GeneratedRegex(@"(?<major>\d+)(?:\.(?<minor>\d+))?")]
    private static partial Regex VersionNumber();
}
