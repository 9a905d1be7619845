using System.Globalization;

namespace Vigil.Domain.Documents;

/// <summary>The issue date as administrative documents write it.</summary>
public static class VietnameseDate
{
    /// <summary>
    /// "ngày 05 tháng 01 năm 2020", "ngày 23 tháng 5 năm 2024": the date is written out in Arabic numerals, and a day
    /// below 10 and the months 1 and 2 get a leading zero — other months do not (Phụ lục I, Mục II, khoản 4, điểm b),
    /// so that nobody can add a digit in front of them by hand.
    /// </summary>
    public static string Format(DateOnly date)
    {
        var day = date.Day.ToString(date.Day < 10 ? "00" : "0", CultureInfo.InvariantCulture);
        var month = date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Lào Cai, ngày 23 tháng 5 năm 2024": the place, a comma, then the date (khoản 4, điểm c).</summary>
    public static string PlaceAndDate(string place, DateOnly date) => place + ", " + Format(date);
}
