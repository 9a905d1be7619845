using System.Text.RegularExpressions;

namespace Vigil.Domain.Inventory.Ocs;

internal static partial class OcsSnapshotMapper
{
    private static OsInfo? MapOs(OcsSection? hardware, OcsSection? os, TimeSpan offset)
    {
        var name = os?["FULL_NAME"] ?? hardware?["OSNAME"] ?? os?["NAME"];
        var kernel = os?["KERNEL_VERSION"] ?? hardware?["OSVERSION"];
        if (name is null && kernel is null && os?["NAME"] is null)
        {
            return null;
        }

        var family = Family(name, os?["NAME"], os?["KERNEL_NAME"]);
        var windows = family == OsFamily.Windows;
        return new OsInfo
        {
            Family = family,
            Name = name,
            Edition = windows ? WindowsEdition(name) : null,
            // FusionInventory's VERSION is Windows' ReleaseId ("1909") or the distribution's ("12.11"); the OCS agent
            // has only the kernel version ("5.1.2600").
            Version = os?["VERSION"] ?? kernel,
            Build = windows ? WindowsBuild(kernel) : os?["KERNEL_VERSION"],
            // On Windows OSCOMMENTS is the service pack (CSDVersion); elsewhere it is the kernel's build string.
            ServicePack = os?["SERVICE_PACK"] ?? (windows ? hardware?["OSCOMMENTS"] : null),
            Architecture = Architecture(os?["ARCH"] ?? hardware?["ARCH"]),
            InstalledAt = OcsDates.Parse(os?["INSTALL_DATE"], dayFirst: false, offset),
        };
    }

    private static OsFamily Family(params string?[] names)
    {
        foreach (var name in names)
        {
            if (name is null)
            {
                continue;
            }

            if (name.Contains("windows", StringComparison.OrdinalIgnoreCase))
            {
                return OsFamily.Windows;
            }

            if (LinuxName().IsMatch(name))
            {
                return OsFamily.Linux;
            }

            if (MacName().IsMatch(name))
            {
                return OsFamily.MacOs;
            }

            if (OtherName().IsMatch(name))
            {
                return OsFamily.Other;
            }
        }

        return names.Any(n => n is not null) ? OsFamily.Other : OsFamily.Unknown;
    }

    /// <summary>"Microsoft Windows 7 Professional" → "Professional"; "Microsoft® Windows Vista™ Business" → "Business".</summary>
    private static string? WindowsEdition(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var match = WindowsCaption().Match(name.Replace("®", "", StringComparison.Ordinal).Replace("™", "", StringComparison.Ordinal));
        return match.Success ? match.Groups["edition"].Value.Trim() : null;
    }

    /// <summary>The build of "6.1.7601" or "10.0.19045".</summary>
    private static string? WindowsBuild(string? kernel)
    {
        var parts = kernel?.Split('.');
        return parts is { Length: >= 3 } && parts[2].All(char.IsAsciiDigit) && parts[2].Length > 0 ? parts[2] : null;
    }

    /// <summary>"64-bit", "x86 64 bits", "x86_64", "amd64" → x64; "32-bit", "i686" → x86; "aarch64" → arm64.</summary>
    private static string? Architecture(string? arch)
    {
        if (arch is null)
        {
            return null;
        }

        var lower = arch.ToLowerInvariant();
        if (lower.Contains("arm64", StringComparison.Ordinal) || lower.Contains("aarch64", StringComparison.Ordinal))
        {
            return "arm64";
        }

        if (lower.Contains("64", StringComparison.Ordinal))
        {
            return "x64";
        }

        return lower.Contains("32", StringComparison.Ordinal) || lower.Contains("86", StringComparison.Ordinal) ? "x86" : arch;
    }

    [GeneratedRegex(@"linux|debian|ubuntu|centos|red ?hat|rhel|fedora|suse|mint|astra|alt linux|rocky|alma", RegexOptions.IgnoreCase)]
    private static partial Regex LinuxName();

    [GeneratedRegex(@"mac ?os|os x|darwin", RegexOptions.IgnoreCase)]
    private static partial Regex MacName();

    [GeneratedRegex(@"bsd|solaris|sunos|aix|hp-ux|hpux", RegexOptions.IgnoreCase)]
    private static partial Regex OtherName();

    [GeneratedRegex(@"^(?:Microsoft\s+)?Windows\s+(?:Server\s+)?(?:XP|Vista|7|8\.1|8|10|11|2000|2003|2008|2012|2016|2019|2022|2025)(?:\s+R2)?\s+(?<edition>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WindowsCaption();
}
