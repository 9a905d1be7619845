using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class UptimeTextTests
{
    [Theory]
    [InlineData("2 years, 31 weeks, 6 days, 9 hours, 55 minutes", 2 * 365 * 86400L + 31 * 7 * 86400 + 6 * 86400 + 9 * 3600 + 55 * 60)]
    [InlineData("1 year, 1 week, 1 day, 1 hour, 1 minute", 365 * 86400L + 7 * 86400 + 86400 + 3600 + 60)]
    [InlineData("3 weeks, 6 days, 32 minutes", 21 * 86400L + 6 * 86400 + 32 * 60)]
    [InlineData("123 day(s), 5 hour(s), 15 minute(s), 19 second(s)", 123 * 86400L + 5 * 3600 + 15 * 60 + 19)]
    [InlineData("41 days 19 hours", 41 * 86400L + 19 * 3600)]
    [InlineData("2 years 41 days", 2 * 365 * 86400L + 41 * 86400)]
    [InlineData("18 mins 54 secs", 18 * 60L + 54)]
    [InlineData("45 days 3 hrs 12 mins 40 secs", 45 * 86400L + 3 * 3600 + 12 * 60 + 40)]
    [InlineData("112,03:45:10", 112 * 86400L + 3 * 3600 + 45 * 60 + 10)]
    [InlineData("0,00:00:59", 59L)]
    public void Reads_every_format(string text, long seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), UptimeText.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a while")]
    [InlineData("3 days and then some")]
    [InlineData("12,25:00:00")]
    [InlineData("fortnight 3 days")]
    public void Unreadable_is_null(string? text)
    {
        Assert.Null(UptimeText.Parse(text));
    }
}
