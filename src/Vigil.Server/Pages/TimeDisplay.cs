using System.Globalization;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Pages;

/// <summary>Times are stored in UTC and shown in the unit's zone (default Asia/Ho_Chi_Minh), formatted for the UI culture.</summary>
public static class TimeDisplay
{
    public static string Format(DateTime utc, string? timeZone = null)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? UnitTree.DefaultTimeZone, out var z) ? z : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return local.ToString("g", CultureInfo.CurrentCulture);
    }

    public static string Format(DateTime? utc, string? timeZone = null) => utc is { } t ? Format(t, timeZone) : "—";
}
