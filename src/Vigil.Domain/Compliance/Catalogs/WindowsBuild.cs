using System.Globalization;

namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// A Windows build number and, when the source gave it, the update build revision: "19045", "19045.4046",
/// "10.0.19045.4046" or "OS Build 14393.953". WMI's BuildNumber has no revision, so <see cref="Revision"/> is often null.
/// </summary>
internal readonly record struct WindowsBuild(int? Number, int? Revision)
{
    public static WindowsBuild Unknown => default;

    /// <summary>The build from <paramref name="build"/>, else the third part of <paramref name="version"/>; the revision likewise.</summary>
    public static WindowsBuild Of(string? build, string? version)
    {
        var fromBuild = Parse(build, versionShaped: false);
        var fromVersion = Parse(version, versionShaped: true);
        if (fromBuild.Number is null)
        {
            return fromVersion;
        }

        // "19045" from WMI with "10.0.19045.4046" from the version: the revision belongs to the same build.
        return fromBuild.Revision is null && fromVersion.Number == fromBuild.Number ? fromVersion : fromBuild;
    }

    public string Text => Number is null ? "" : Revision is null
        ? Number.Value.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Number}.{Revision}");

    /// <summary>"14393.953" → (14393, 953); null when the text is not a build.</summary>
    public static WindowsBuild? ParseFixed(string? text)
    {
        var parsed = Parse(text, versionShaped: false);
        return parsed.Number is null ? null : parsed;
    }

    private static WindowsBuild Parse(string? text, bool versionShaped)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        var span = text.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        if (space >= 0)
        {
            // "OS Build 14393.953", "Build 7601".
            span = span[(space + 1)..];
        }

        Span<Range> parts = stackalloc Range[5];
        var count = span.Split(parts, '.');
        if (count is 0 or 5)
        {
            return Unknown;
        }

        // A version reads major.minor.build[.revision]; a build reads build[.revision].
        var buildIndex = versionShaped || count >= 3 ? 2 : 0;
        if (count <= buildIndex || !TryNumber(span[parts[buildIndex]], out var number))
        {
            return Unknown;
        }

        int? revision = count > buildIndex + 1 && TryNumber(span[parts[buildIndex + 1]], out var r) ? r : null;
        return new WindowsBuild(number, revision);
    }

    private static bool TryNumber(ReadOnlySpan<char> text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= 0;
}
