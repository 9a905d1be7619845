using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// A Linux distribution and its version as inventories report them: os-release NAME and VERSION from the agent
/// ("Ubuntu", "22.04.4 LTS (Jammy Jellyfish)"; "SLES", "15-SP5"), or one full name from FusionInventory and
/// spreadsheets ("Debian GNU/Linux 12 (bookworm)", "Red Hat Enterprise Linux 8.9", "SUSE Linux Enterprise Server 15 SP5").
/// </summary>
internal sealed partial record LinuxDistribution(string Id, IReadOnlyList<int> Version)
{
    /// <summary>Ids the catalog's <c>distro:</c> key accepts.</summary>
    public static IReadOnlyList<string> KnownIds { get; } =
        ["ubuntu", "debian", "rhel", "centos", "centos-stream", "rocky", "almalinux", "sles", "opensuse-leap"];

    public static LinuxDistribution? Of(string? name, string? version)
    {
        var text = name ?? "";
        var id = IdOf(text) ?? IdOf(version ?? "");
        if (id is null)
        {
            return null;
        }

        // The name wins: "Debian GNU/Linux 12 (bookworm)"; the version field holds the rest of os-release's story.
        var numbers = Numbers(text.AsSpan(IdEnd(text))) ?? Numbers(version) ?? [];
        return new LinuxDistribution(id, numbers);
    }

    /// <summary>"22.04" → [22, 4]; "15.5" → [15, 5]; null when the text is not a version.</summary>
    public static IReadOnlyList<int>? ParseVersion(string? text)
    {
        var parts = (text ?? "").Split('.');
        var numbers = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return null;
            }

            numbers.Add(n);
        }

        return numbers.Count == 0 ? null : numbers;
    }

    private static string? IdOf(string text)
    {
        var match = DistroName().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Value.ToUpperInvariant();
        return word switch
        {
            _ when word.StartsWith("CENTOS STREAM", StringComparison.Ordinal) => "centos-stream",
            _ when word.StartsWith("CENTOS", StringComparison.Ordinal) => "centos",
            _ when word.StartsWith("RED HAT", StringComparison.Ordinal) || word == "RHEL" => "rhel",
            _ when word.StartsWith("ROCKY", StringComparison.Ordinal) => "rocky",
            _ when word.StartsWith("ALMA", StringComparison.Ordinal) => "almalinux",
            // Tumbleweed is rolling: no release to look up.
            _ when word.StartsWith("OPENSUSE", StringComparison.Ordinal) => text.Contains("tumbleweed", StringComparison.OrdinalIgnoreCase) ? null : "opensuse-leap",
            _ when word.StartsWith("SUSE", StringComparison.Ordinal) || word.StartsWith("SLE", StringComparison.Ordinal) => "sles",
            _ when word == "UBUNTU" => "ubuntu",
            _ when word == "DEBIAN" => "debian",
            _ => null,
        };
    }

    private static int IdEnd(string text)
    {
        var match = DistroName().Match(text);
        return match.Success ? match.Index + match.Length : 0;
    }

    private static List<int>? Numbers(ReadOnlySpan<char> text)
    {
        var match = VersionNumber().Match(text.ToString());
        if (!match.Success)
        {
            return null;
        }

        var numbers = new List<int>(3);
        foreach (var group in new[] { "major", "minor", "patch" })
        {
            if (match.Groups[group].Success && int.TryParse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                numbers.Add(n);
            }
            else
            {
                break;
            }
        }

        // SUSE counts service packs: "15 SP5" and "15-SP5" are 15.5.
        if (numbers.Count == 1 && match.Groups["sp"].Success && int.TryParse(match.Groups["sp"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var sp))
        {
            numbers.Add(sp);
        }

        return numbers.Count == 0 ? null : numbers;
    }

    private static List<int>? Numbers(string? text) => text is null ? null : Numbers(text.AsSpan());

    [GeneratedRegex(@"\b(?:centos stream|centos|red hat enterprise linux|red hat|rhel|rocky(?: linux)?|alma ?linux|opensuse(?: leap)?|suse linux enterprise(?: server| desktop)?|sles|sled|ubuntu|debian)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DistroName();

    [GeneratedRegex(@"(?<![\d.])(?<major>\d{1,4})(?:\.(?<minor>\d{1,4})(?:\.(?<patch>\d{1,6}))?|[ -]?SP(?<sp>\d{1,2}))?(?![\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionNumber();
}
