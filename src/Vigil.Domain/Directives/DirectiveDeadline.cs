using System.Globalization;
using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>
/// A deadline as the letter writes it: a local wall-clock date and time in an IANA zone ("14:00 ngày 23/5/2024",
/// Asia/Ho_Chi_Minh). It is compared in UTC; the local form is what people read and what the document prints.
/// </summary>
public static class DirectiveDeadline
{
    public static Result<DateTime> ToUtc(DateOnly date, TimeOnly time, string? timeZone, string location = "deadline")
    {
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? Organisation.UnitTree.DefaultTimeZone : timeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return Error.Validation("directive.time_zone_unknown", $"'{zoneId}' is not a known time zone (use an IANA id such as Asia/Ho_Chi_Minh).", location);
        }

        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // A wall-clock time skipped by a daylight-saving change does not exist; guessing would move the deadline.
            return Error.Validation("directive.deadline_not_in_zone",
                string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm} does not exist in {zoneId} (clocks skip it)."), location);
        }

        // An ambiguous local time (clocks going back) takes the later instant: the more generous deadline.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Min() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).UtcDateTime;
    }

    /// <summary>The local wall-clock time of an instant in a zone (unknown zones fall back to the default).</summary>
    public static DateTime ToLocal(DateTime utc, string? timeZone)
    {
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? Organisation.UnitTree.DefaultTimeZone : timeZone;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
    }

    /// <summary>The start of a local calendar day in UTC: where "during the period" begins.</summary>
    public static DateTime StartOfDayUtc(DateOnly date, string? timeZone) =>
        ToUtc(date, TimeOnly.MinValue, timeZone) is { IsSuccess: true } r ? r.Value : date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
