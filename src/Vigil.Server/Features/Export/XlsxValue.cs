namespace Vigil.Server.Features.Export;

/// <summary>What kind of cell a value becomes: the type a spreadsheet sorts, filters and sums by.</summary>
public enum XlsxValueKind
{
    Empty = 0,
    Text = 1,
    WholeNumber = 2,
    Number = 3,
    Date = 4,
    DateTime = 5,
    Percent = 6,
}

/// <summary>
/// One typed cell value. Dates and times are wall-clock values already in the zone the reader works in (the unit's,
/// by default Asia/Ho_Chi_Minh): a spreadsheet has no time zones.
/// </summary>
public readonly record struct XlsxValue(XlsxValueKind Kind, string? Text, double Number)
{
    public static XlsxValue Empty => default;

    public static XlsxValue Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new(XlsxValueKind.Text, text, 0);

    public static XlsxValue Of(long? number) => number is { } n ? new(XlsxValueKind.WholeNumber, null, n) : Empty;

    public static XlsxValue Of(double? number) => number is { } n && double.IsFinite(n) ? new(XlsxValueKind.Number, null, n) : Empty;

    public static XlsxValue Share(double? fraction) => fraction is { } f && double.IsFinite(f) ? new(XlsxValueKind.Percent, null, f) : Empty;

    public static XlsxValue Of(DateOnly? day) => day is { } d ? new(XlsxValueKind.Date, null, d.ToDateTime(TimeOnly.MinValue).ToOADate()) : Empty;

    /// <summary>A moment shown in a zone; <paramref name="utc"/> is stored UTC.</summary>
    public static XlsxValue At(DateTime? utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (utc is not { } t)
        {
            return Empty;
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), zone);
        return new(XlsxValueKind.DateTime, null, DateTime.SpecifyKind(local, DateTimeKind.Unspecified).ToOADate());
    }
}
