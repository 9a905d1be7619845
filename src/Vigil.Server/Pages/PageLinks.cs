using System.Globalization;

namespace Vigil.Server.Pages;

/// <summary>Addresses of list pages with their filters, empty values left out.</summary>
public static class PageLinks
{
    public static string To(string path, IEnumerable<KeyValuePair<string, string?>> values)
    {
        var query = QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
        return path + query.Value;
    }

    public static string? Flag(bool on) => on ? "true" : null;

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A day typed into a date input (yyyy-MM-dd, whatever the UI culture).</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
