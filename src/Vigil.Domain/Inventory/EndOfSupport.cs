namespace Vigil.Domain.Inventory;

/// <summary>
/// The last day of support of the Windows client and server releases that matter for the directives: after it the
/// release gets no security updates. Dates are Microsoft's lifecycle dates as collected by endoflife.date (products
/// "windows" and "windows-server", the "eol" column: end of extended support, before paid ESU). A later catalog of
/// every OS, overridable offline, replaces this short table.
/// </summary>
/// <remarks>
/// The release is what <see cref="OsRelease"/> reads ("Windows 10"), so editions and servicing channels are not
/// told apart: Windows 10 is judged by 22H2 Home/Pro/Enterprise (14/10/2025), not by its LTSC editions.
/// </remarks>
public static class EndOfSupport
{
    private static readonly Dictionary<string, DateOnly> s_lastDay = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Windows XP"] = new(2014, 4, 8),
        ["Windows Vista"] = new(2017, 4, 11),
        ["Windows 7"] = new(2020, 1, 14),
        ["Windows 8"] = new(2016, 1, 12),
        ["Windows 8.1"] = new(2023, 1, 10),
        ["Windows 10"] = new(2025, 10, 14),
        ["Windows Server 2003"] = new(2015, 7, 14),
        ["Windows Server 2003 R2"] = new(2015, 7, 14),
        ["Windows Server 2008"] = new(2020, 1, 14),
        ["Windows Server 2008 R2"] = new(2020, 1, 14),
        ["Windows Server 2012"] = new(2023, 10, 10),
        ["Windows Server 2012 R2"] = new(2023, 10, 10),
    };

    /// <summary>Releases in the table with their last day of support.</summary>
    public static IReadOnlyDictionary<string, DateOnly> LastDays => s_lastDay;

    /// <summary>The last supported day of <paramref name="release"/>, or null when the table does not know it.</summary>
    public static DateOnly? LastDayOf(string? release) =>
        release is not null && s_lastDay.TryGetValue(release, out var day) ? day : null;

    /// <summary>True from the day after the last day of support.</summary>
    public static bool IsUnsupported(string? release, DateOnly asOf) => LastDayOf(release) is { } last && asOf > last;

    /// <summary>The releases already out of support on <paramref name="asOf"/>, for filtering in SQL.</summary>
    public static string[] UnsupportedAsOf(DateOnly asOf) => [.. s_lastDay.Where(r => asOf > r.Value).Select(r => r.Key).Order(StringComparer.Ordinal)];
}
