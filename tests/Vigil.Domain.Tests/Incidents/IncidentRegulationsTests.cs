using Vigil.Domain.Incidents;

namespace Vigil.Domain.Tests.Incidents;

public sealed class IncidentRegulationsTests
{
    [Theory]
    [InlineData(2017, 10, 31, null)]
    [InlineData(2017, 11, 1, "tt20-2017")]
    [InlineData(2025, 2, 28, "tt20-2017")]
    [InlineData(2025, 3, 1, "tt20-2017-bca-2025")]
    [InlineData(2026, 1, 5, "tt20-2017-bca-2025")]
    public void The_rule_in_force_follows_the_local_detection_day(int y, int m, int d, string? expected) =>
        Assert.Equal(expected, IncidentRegulations.InForce(IncidentRegulations.Defaults, new DateOnly(y, m, d))?.Id);

    [Fact]
    public void The_initial_report_is_due_five_days_after_detection()
    {
        var rule = IncidentRegulations.InForce(IncidentRegulations.Defaults, new DateOnly(2025, 5, 2))!;
        Assert.Equal(5, rule.InitialReportDays);
        Assert.Contains("Bộ Công an", rule.RecipientAuthority);
        var detected = new DateTime(2025, 5, 2, 1, 30, 0, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2025, 5, 7, 1, 30, 0, DateTimeKind.Utc), IncidentRegulations.DueAt(rule, detected));
    }

    [Fact]
    public void A_site_rule_starting_later_wins_over_an_overlapping_one()
    {
        IncidentRegulation[] rules =
        [
            .. IncidentRegulations.Defaults,
            new() { Id = "site-2026", EffectiveFrom = new DateOnly(2026, 1, 1), InitialReportDays = 2 },
        ];
        Assert.Equal("site-2026", IncidentRegulations.InForce(rules, new DateOnly(2026, 3, 1))?.Id);
        Assert.Equal("tt20-2017-bca-2025", IncidentRegulations.InForce(rules, new DateOnly(2025, 12, 31))?.Id);
    }

    [Theory]
    [InlineData(-100, DeadlineState.OnTrack)]
    [InlineData(-47, DeadlineState.Approaching)]
    [InlineData(1, DeadlineState.Overdue)]
    public void Deadline_states(int hoursFromDue, DeadlineState expected)
    {
        var due = new DateTime(2025, 5, 7, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, IncidentDeadline.StateAt(due, null, 48, due.AddHours(hoursFromDue)));
        Assert.Equal(DeadlineState.Met, IncidentDeadline.StateAt(due, due.AddHours(-1), 48, due.AddHours(hoursFromDue)));
        Assert.Equal(DeadlineState.None, IncidentDeadline.StateAt(null, null, 48, due));
    }
}
