using Vigil.Domain.Directives;

namespace Vigil.Domain.Tests.Directives;

public sealed class DirectiveDeadlineTests
{
    [Fact]
    public void LetterDeadline_14h_23May2024_HoChiMinh_Is07hUtc()
    {
        var utc = DirectiveDeadline.ToUtc(new DateOnly(2024, 5, 23), new TimeOnly(14, 0), "Asia/Ho_Chi_Minh");

        Assert.True(utc.IsSuccess);
        Assert.Equal(new DateTime(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc), utc.Value);
        Assert.Equal(DateTimeKind.Utc, utc.Value.Kind);
    }

    [Fact]
    public void NoZone_TakesTheDefault()
    {
        Assert.Equal(new DateTime(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc), DirectiveDeadline.ToUtc(new DateOnly(2024, 5, 23), new TimeOnly(14, 0), null).Value);
    }

    [Fact]
    public void UnknownZone_IsAValidationError()
    {
        var result = DirectiveDeadline.ToUtc(new DateOnly(2024, 5, 23), new TimeOnly(14, 0), "Asia/Nowhere");

        Assert.Equal("directive.time_zone_unknown", result.Error!.Code);
    }

    [Fact]
    public void WallClockTimeSkippedByDaylightSaving_IsRefused()
    {
        // Europe/Berlin skipped 02:00–03:00 on 31/3/2024.
        var result = DirectiveDeadline.ToUtc(new DateOnly(2024, 3, 31), new TimeOnly(2, 30), "Europe/Berlin");

        Assert.Equal("directive.deadline_not_in_zone", result.Error!.Code);
    }

    [Fact]
    public void AmbiguousWallClockTime_TakesTheLaterInstant()
    {
        // Europe/Berlin repeated 02:00–03:00 on 27/10/2024: 02:30 is 00:30 UTC (summer) or 01:30 UTC (winter).
        var result = DirectiveDeadline.ToUtc(new DateOnly(2024, 10, 27), new TimeOnly(2, 30), "Europe/Berlin");

        Assert.Equal(new DateTime(2024, 10, 27, 1, 30, 0, DateTimeKind.Utc), result.Value);
    }

    [Fact]
    public void ToLocal_RoundTrips()
    {
        Assert.Equal(new DateTime(2024, 5, 23, 14, 0, 0), DirectiveDeadline.ToLocal(new DateTime(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc), "Asia/Ho_Chi_Minh"));
        Assert.Equal(new DateTime(2024, 5, 22, 17, 0, 0, DateTimeKind.Utc), DirectiveDeadline.StartOfDayUtc(new DateOnly(2024, 5, 23), "Asia/Ho_Chi_Minh"));
    }
}
