using System.Globalization;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

/// <summary>
/// Reads the uptimes Cisco software prints: "2 years, 31 weeks, 6 days, 9 hours, 55 minutes" (IOS),
/// "123 day(s), 5 hour(s), 15 minute(s), 19 second(s)" (NX-OS), "41 days 19 hours" (ASA),
/// "45 days 3 hrs 12 mins 40 secs" (AireOS), "12,03:45:10" (small-business: days,hh:mm:ss). A year counts 365 days.
/// </summary>
public static partial class UptimeText
{
    [GeneratedRegex(@"(?<n>\d{1,6})\s*(?<unit>years?|yrs?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)(?:\(s\))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<d>\d{1,6}),(?<h>\d{1,2}):(?<m>\d{2}):(?<s>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DaysClock();

    [GeneratedRegex(@"^[\s,]*(?:and[\s,]*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        text = text.Trim();
        if (DaysClock().Match(text) is { Success: true } clock)
        {
            var (h, m, s) = (Int(clock, "h"), Int(clock, "m"), Int(clock, "s"));
            return h < 24 && m < 60 && s < 60 ? new TimeSpan(Int(clock, "d"), h, m, s) : null;
        }

        long seconds = 0;
        var at = 0;
        var any = false;
        foreach (Match part in Part().Matches(text))
        {
            if (!Separator().IsMatch(text.AsSpan(at, part.Index - at)))
            {
                return null;
            }

            var n = (long)Int(part, "n");
            var unit = part.Groups["unit"].Value.ToLowerInvariant();
            seconds += n * unit[0] switch
            {
                'y' => 365L * 86_400,
                'w' => 7L * 86_400,
                'd' => 86_400,
                'h' => 3_600,
                'm' => 60,
                _ => 1,
            };
            at = part.Index + part.Length;
            any = true;
        }

        return any && Separator().IsMatch(text.AsSpan(at)) ? TimeSpan.FromSeconds(seconds) : null;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
