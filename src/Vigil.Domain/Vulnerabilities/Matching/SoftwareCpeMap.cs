using System.Text.RegularExpressions;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// The curated map from installed-program names (as Windows' uninstall list shows them) to NVD's vendor:product.
/// Only names that identify one product are listed; anything else is reported as unmapped rather than guessed.
/// The one heuristic (<see cref="Guess"/>) proposes publisher:name only when the CVE catalog already has that key.
/// </summary>
public static partial class SoftwareCpeMap
{
    private static readonly (Regex Name, string Vendor, string Product)[] Entries =
    [
        (Rx(@"^Google Chrome$"), "google", "chrome"),
        (Rx(@"^Mozilla Firefox\b"), "mozilla", "firefox"),
        (Rx(@"^Mozilla Thunderbird\b"), "mozilla", "thunderbird"),
        (Rx(@"^Microsoft Edge$"), "microsoft", "edge_chromium"),
        (Rx(@"^7-Zip\b"), "7-zip", "7-zip"),
        (Rx(@"^WinRAR\b"), "rarlab", "winrar"),
        (Rx(@"^Notepad\+\+"), "notepad-plus-plus", "notepad++"),
        (Rx(@"^VLC media player$"), "videolan", "vlc_media_player"),
        (Rx(@"^Adobe Acrobat Reader\b"), "adobe", "acrobat_reader_dc"),
        (Rx(@"^Foxit (PDF )?Reader\b"), "foxit", "pdf_reader"),
        (Rx(@"^Java( \d+)? Update \d+|^Java\(TM\) SE Runtime"), "oracle", "jre"),
        (Rx(@"^Zoom( Workplace)?$"), "zoom", "meetings"),
        (Rx(@"^TeamViewer\b"), "teamviewer", "teamviewer"),
        (Rx(@"^AnyDesk$"), "anydesk", "anydesk"),
        (Rx(@"^PuTTY\b"), "putty", "putty"),
        (Rx(@"^WinSCP\b"), "winscp", "winscp"),
        (Rx(@"^FileZilla( Client)?\b"), "filezilla-project", "filezilla_client"),
        (Rx(@"^Wireshark\b"), "wireshark", "wireshark"),
        (Rx(@"^Python \d+\.\d+"), "python", "python"),
        (Rx(@"^Git( version [\d.]+)?$"), "git-scm", "git"),
        (Rx(@"^Apache Tomcat\b"), "apache", "tomcat"),
        (Rx(@"^OpenVPN\b"), "openvpn", "openvpn"),
        (Rx(@"^KeePass\b"), "keepass", "keepass"),
        (Rx(@"^Microsoft Teams$"), "microsoft", "teams"),
        (Rx(@"^Microsoft Visual Studio Code$"), "microsoft", "visual_studio_code"),
        (Rx(@"^UltraViewer\b"), "ultraviewer", "ultraviewer"),
    ];

    /// <summary>The CPE product of an installed program, or null when the dictionary does not know the name.</summary>
    public static AssetProduct? For(string name, string? version)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var (pattern, vendor, product) in Entries)
        {
            if (pattern.IsMatch(name.Trim()))
            {
                return Product(vendor, product, name, version, "dictionary");
            }
        }

        return null;
    }

    /// <summary>
    /// Proposes publisher:name ("RARLAB" + "WinRAR 6.02 (64-bit)" → rarlab:winrar) and keeps it only when
    /// <paramref name="knownKeys"/> (the catalog's vendor:product keys) has it: a guess that names no catalogued
    /// product can only produce false matches.
    /// </summary>
    public static AssetProduct? Guess(string name, string? publisher, string? version, Func<string, bool> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(knownKeys);
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return null;
        }

        var vendor = Slug(Bracketed().Replace(publisher, "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
        var product = Slug(Trailing().Replace(Bracketed().Replace(name, ""), ""));
        if (vendor.Length == 0 || product.Length == 0)
        {
            return null;
        }

        if (product.StartsWith(vendor + "_", StringComparison.Ordinal) && !knownKeys(vendor + ":" + product))
        {
            product = product[(vendor.Length + 1)..];
        }

        return knownKeys(vendor + ":" + product) ? Product(vendor, product, name, version, "name heuristic") : null;
    }

    private static AssetProduct Product(string vendor, string product, string name, string? version, string how) =>
        new(CpeName.Of(CpePart.Application, vendor, product, string.IsNullOrWhiteSpace(version) ? CpeValue.Any : CpeValue.Of(version.Trim())),
            string.IsNullOrWhiteSpace(version) ? null : version.Trim(), VersionScheme.Generic,
            $"software '{name}' {version} ({how})".Trim(), Uncertain: string.IsNullOrWhiteSpace(version));

    private static string Slug(string text) => Spaces().Replace(text.Trim().ToLowerInvariant(), "_");

    private static Regex Rx(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(\s+(v(ersion)?\s*)?\d[\w.\-]*)+\s*$|\s+(x64|x86|64-bit|32-bit)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"[\s\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
