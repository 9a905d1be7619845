using System.Globalization;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// Evidence values without per-verdict formatting where it can be avoided: small numbers and dates come from
/// caches, and evidence facts that do not depend on the computer are shared.
/// </summary>
internal static class Evidence
{
    private const int CachedNumbers = 4096;
    private static readonly string[] s_numbers = CreateNumbers();
    private static readonly BoundedCache<int, string> s_dates = new(100_000);

    public static readonly EvidenceFact[] None = [];

    public static string Number(long value) =>
        value is >= 0 and < CachedNumbers ? s_numbers[value] : value.ToString(CultureInfo.InvariantCulture);

    public static string Number(decimal value) =>
        value == decimal.Truncate(value) && value is >= 0 and < CachedNumbers ? s_numbers[(int)value] : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"2025-10-14"; cached by day number, since a province's reports fall on a few thousand days.</summary>
    public static string Date(DateOnly date) =>
        s_dates.GetOrAdd(date.DayNumber, 0, static (day, _) => DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(utc));

    public static string YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => "unknown",
    };

    private static string[] CreateNumbers()
    {
        var numbers = new string[CachedNumbers];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return numbers;
    }
}
