using System.Globalization;

namespace Vigil.Agent.Collection.Windows;

/// <summary>
/// CIM (DMTF) datetimes as WMI returns them: "yyyyMMddHHmmss.ffffff±UUU", UUU being the offset from UTC in minutes.
/// ISO 8601 is accepted too. Anything else (culture-formatted dates with no zone) is null rather than a guess.
/// </summary>
internal static class CimDateTime
{
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        if (t.Length == 25 && t[14] == '.' && (t[21] == '+' || t[21] == '-')
            && DateTime.TryParseExact(t[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && int.TryParse(t.AsSpan(15, 6), NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            && int.TryParse(t.AsSpan(22, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            var offset = TimeSpan.FromMinutes(t[21] == '-' ? -minutes : minutes);
            return DateTime.SpecifyKind(local.AddTicks(micros * 10L) - offset, DateTimeKind.Utc);
        }

        return t.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)
            ? iso.UtcDateTime
            : null;
    }
}
