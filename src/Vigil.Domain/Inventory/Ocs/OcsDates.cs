using System.Globalization;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Dates as the agents write them, all in the machine's local time without a zone: "2024-05-20 08:15:10"
/// (FusionInventory), "20/05/2024" (FusionInventory software and antivirus, day first), "05/20/2024" (BIOS dates,
/// month first), "2024/05/20" (OCS), "20240520" (registry, Kaspersky bases) and WMI's "20240520081510.000000+420".
/// </summary>
internal static class OcsDates
{
    private static readonly string[] YearFirst =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd",
        "yyyy/M/d", "yyyy-M-d", "yyyyMMdd", "yyyyMMddHHmmss",
    ];

    private static readonly string[] DayFirst = ["dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy"];

    private static readonly string[] MonthFirst = ["MM/dd/yyyy", "M/d/yyyy", "MM/dd/yyyy HH:mm:ss", "MM-dd-yyyy"];

    private static readonly string[] PreferDayFirst = [.. YearFirst, .. DayFirst, .. MonthFirst];

    private static readonly string[] PreferMonthFirst = [.. YearFirst, .. MonthFirst, .. DayFirst];

    /// <summary>The moment in UTC, given the machine's offset from UTC (zero when unknown); null if unreadable.</summary>
    public static DateTime? Parse(string? value, bool dayFirst, TimeSpan offset)
    {
        if (value is null || value.Length > 40)
        {
            return null;
        }

        var text = value;
        var wmi = WmiOffset(ref text);
        if (wmi is { } own)
        {
            offset = own;
        }

        if (!DateTime.TryParseExact(text, dayFirst ? PreferDayFirst : PreferMonthFirst, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            || local.Year < 1980 || local.Year > 2100)
        {
            return null;
        }

        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }

    /// <summary>Cuts WMI's ".ffffff+mmm" tail (offset in minutes) and returns that offset.</summary>
    private static TimeSpan? WmiOffset(ref string text)
    {
        if (text.Length != 25 || text[14] != '.' || text[21] is not ('+' or '-'))
        {
            return null;
        }

        if (!int.TryParse(text.AsSpan(22, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return null;
        }

        var sign = text[21] == '-' ? -1 : 1;
        text = text[..14];
        return TimeSpan.FromMinutes(sign * minutes);
    }
}
