using System.Globalization;
using Vigil.Domain.Inventory;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Names a Windows installation the way NVD's CPE dictionary does. Windows 10/11 and Server 2016+ are one CPE product
/// per feature release (windows_10_22h2, windows_11_23h2, windows_server_2022) with the full build as the version
/// (10.0.19045.4291), which NVD bounds with versionEndExcluding; older releases are named by service pack
/// (windows_7:-:sp1, windows_server_2008:r2:sp1) and have no build bounds. The feature release comes from the build
/// number, never from the marketing name a source reported.
/// </summary>
public static class WindowsCpe
{
    private static readonly Dictionary<int, string> Windows10Releases = new()
    {
        [10240] = "1507", [10586] = "1511", [14393] = "1607", [15063] = "1703", [16299] = "1709", [17134] = "1803",
        [17763] = "1809", [18362] = "1903", [18363] = "1909", [19041] = "2004", [19042] = "20h2", [19043] = "21h1",
        [19044] = "21h2", [19045] = "22h2",
    };

    private static readonly Dictionary<int, string> Windows11Releases = new()
    {
        [22000] = "21h2", [22621] = "22h2", [22631] = "23h2", [26100] = "24h2", [26200] = "25h2",
    };

    private static readonly Dictionary<int, string> ServerReleases = new()
    {
        [14393] = "windows_server_2016", [17763] = "windows_server_2019", [20348] = "windows_server_2022",
        [25398] = "windows_server_2022_23h2", [26100] = "windows_server_2025",
    };

    /// <summary>The OS product of <paramref name="os"/>, or null when it is not Windows or too little is known.</summary>
    public static AssetProduct? For(OsInfo? os)
    {
        if (os is null)
        {
            return null;
        }

        var release = OsRelease.Of(os);
        if (release is null || !release.StartsWith("Windows", StringComparison.Ordinal))
        {
            return null;
        }

        var (build, revision) = Build(os.Build, os.Version);
        var arch = Architecture(os.Architecture);
        var fact = $"OS {os.Name ?? release} {os.Version} build {os.Build}".Trim();
        var sp = ServicePack(os.ServicePack, build);
        return release switch
        {
            "Windows XP" => Legacy("windows_xp", "-", sp ?? "sp3", arch, fact),
            "Windows Vista" => Legacy("windows_vista", "-", sp ?? (build == 6002 ? "sp2" : null), arch, fact),
            "Windows 7" => Legacy("windows_7", "-", sp ?? (build == 7601 ? "sp1" : null), arch, fact),
            "Windows 8" => Legacy("windows_8", "-", null, arch, fact),
            "Windows 8.1" => Legacy("windows_8.1", "-", null, arch, fact),
            "Windows Server 2003" => Legacy("windows_server_2003", "-", sp, arch, fact),
            "Windows Server 2008" => Legacy("windows_server_2008", "-", sp ?? (build == 6002 ? "sp2" : null), arch, fact),
            "Windows Server 2008 R2" => Legacy("windows_server_2008", "r2", sp ?? (build == 7601 ? "sp1" : null), arch, fact),
            "Windows Server 2012" => Legacy("windows_server_2012", "-", null, arch, fact),
            "Windows Server 2012 R2" => Legacy("windows_server_2012", "r2", null, arch, fact),
            "Windows 10" when build is { } b && Windows10Releases.TryGetValue(b, out var r) => Modern("windows_10_" + r, b, revision, arch, fact),
            "Windows 11" when build is { } b && Windows11Releases.TryGetValue(b, out var r) => Modern("windows_11_" + r, b, revision, arch, fact),
            _ when release.StartsWith("Windows Server", StringComparison.Ordinal) && build is { } b && ServerReleases.TryGetValue(b, out var p) =>
                Modern(p, b, revision, arch, fact),
            _ => null,
        };
    }

    /// <summary>
    /// True when the SMBv1 server is on by default for this release (Windows 10 1709 and later ship without it), so
    /// an inventory that did not report <see cref="InventorySnapshot.Smb1ServerEnabled"/> is assumed to have it.
    /// </summary>
    public static bool Smb1OnByDefault(AssetProduct os)
    {
        ArgumentNullException.ThrowIfNull(os);
        var product = os.Cpe.Product.Text;
        return product is "windows_xp" or "windows_vista" or "windows_7" or "windows_8" or "windows_8.1" or "windows_server_2003"
            or "windows_server_2008" or "windows_server_2012" or "windows_server_2016" or "windows_10_1507" or "windows_10_1511"
            or "windows_10_1607" or "windows_10_1703";
    }

    /// <summary>"19045" and "10.0.19045.4291" → (19045, 4291); the revision is null when no source gave it.</summary>
    public static (int? Build, int? Revision) Build(string? build, string? version)
    {
        var fromBuild = Numbers(build);
        var fromVersion = Numbers(version);
        int? number = null;
        int? revision = null;
        if (fromVersion.Count >= 3)
        {
            number = fromVersion[2];
            revision = fromVersion.Count >= 4 ? fromVersion[3] : null;
        }

        if (fromBuild.Count > 0)
        {
            var b = fromBuild.Count >= 3 ? fromBuild[2] : fromBuild[0];
            var r = fromBuild.Count >= 3 ? (fromBuild.Count >= 4 ? fromBuild[3] : (int?)null) : (fromBuild.Count >= 2 ? fromBuild[1] : null);
            if (number != b)
            {
                revision = null;
            }

            number = b;
            revision = r ?? revision;
        }

        return (number, revision);
    }

    private static List<int> Numbers(string? text)
    {
        var list = new List<int>(4);
        if (string.IsNullOrWhiteSpace(text))
        {
            return list;
        }

        var last = text.Trim().Split(' ')[^1];
        foreach (var part in last.Split('.'))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return [];
            }

            list.Add(n);
        }

        return list;
    }

    private static string? ServicePack(string? servicePack, int? build)
    {
        if (string.IsNullOrWhiteSpace(servicePack))
        {
            return null;
        }

        var digits = new string(servicePack.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 || digits == "0" ? null : "sp" + digits;
    }

    private static CpeValue Architecture(string? architecture)
    {
        var a = (architecture ?? "").ToLowerInvariant();
        return a switch
        {
            _ when a.Contains("arm", StringComparison.Ordinal) => CpeValue.Of("arm64"),
            _ when a.Contains("64", StringComparison.Ordinal) => CpeValue.Of("x64"),
            _ when a.Contains("86", StringComparison.Ordinal) || a.Contains("32", StringComparison.Ordinal) => CpeValue.Of("x86"),
            _ => CpeValue.Any,
        };
    }

    private static AssetProduct Legacy(string product, string version, string? sp, CpeValue arch, string fact) =>
        new(CpeName.Of(CpePart.OperatingSystem, "microsoft", product, version == "-" ? CpeValue.NotApplicable : CpeValue.Of(version),
            sp is null ? CpeValue.NotApplicable : CpeValue.Of(sp), arch), null, VersionScheme.Windows, fact);

    private static AssetProduct Modern(string product, int build, int? revision, CpeValue arch, string fact)
    {
        var version = revision is null
            ? string.Create(CultureInfo.InvariantCulture, $"10.0.{build}")
            : string.Create(CultureInfo.InvariantCulture, $"10.0.{build}.{revision}");
        return new(CpeName.Of(CpePart.OperatingSystem, "microsoft", product, CpeValue.Of(version), CpeValue.Any, arch), version,
            VersionScheme.Windows, fact, Uncertain: revision is null);
    }
}
