using System.Globalization;
using Vigil.Contracts.V1;

namespace Vigil.Server.Pages.Compliance;

/// <summary>
/// The geometry of the trend chart (share passing per rule per day), computed here so the view only draws: one
/// polyline per rule in a fixed coordinate system that the SVG's viewBox scales to the page.
/// </summary>
public sealed class TrendChart
{
    public const double Width = 640;
    public const double Height = 220;
    public const double Left = 48;
    public const double Right = 16;
    public const double Top = 12;
    public const double Bottom = 40;

    private TrendChart(DateOnly from, DateOnly to, List<TrendSeries> series)
    {
        From = from;
        To = to;
        Series = series;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public IReadOnlyList<TrendSeries> Series { get; }

    public bool IsEmpty => Series.All(s => s.Values.Count == 0);

    public static double PlotWidth => Width - Left - Right;

    public static double PlotHeight => Height - Top - Bottom;

    public static IReadOnlyList<double> YTicks { get; } = [0, 0.25, 0.5, 0.75, 1];

    public IEnumerable<DateOnly> XTicks =>
        new[] { From, From.AddDays((To.DayNumber - From.DayNumber) / 2), To }.Distinct();

    public static TrendChart Build(ComplianceTrendDto trend, IReadOnlyList<(string RuleId, string Title)> rules)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(rules);
        var series = rules.Select((rule, index) =>
        {
            var values = trend.Points.Where(p => p.RuleId == rule.RuleId && p.Pass + p.Fail + p.Unknown > 0)
                .OrderBy(p => p.Day)
                .Select(p => new TrendValue(p.Day, (double)p.Pass / (p.Pass + p.Fail + p.Unknown), p.Pass, p.Fail, p.Unknown, p.NotApplicable))
                .ToList();
            return new TrendSeries(rule.RuleId, rule.Title, index, values);
        }).ToList();
        return new TrendChart(trend.From, trend.To, series);
    }

    public double X(DateOnly day)
    {
        var span = To.DayNumber - From.DayNumber;
        return span <= 0 ? Left + (PlotWidth / 2) : Left + (PlotWidth * (day.DayNumber - From.DayNumber) / span);
    }

    public static double Y(double share) => Top + (PlotHeight * (1 - share));

    public string Points(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return string.Join(' ', series.Values.Select(v => Coordinate(X(v.Day)) + "," + Coordinate(Y(v.Share))));
    }

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

public sealed record TrendSeries(string RuleId, string Title, int Index, IReadOnlyList<TrendValue> Values);

public sealed record TrendValue(DateOnly Day, double Share, int Pass, int Fail, int Unknown, int NotApplicable);
