using Vigil.Domain.Indicators;

namespace Vigil.Domain.Tests.Indicators;

public class IndicatorMergeTests
{
    private static readonly IndicatorValue Value = new(IndicatorType.Domain, "evil.example");

    private static DateTimeOffset Day(int day) => new(2024, 5, day, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Merge_keeps_the_widest_knowledge()
    {
        var a = new Indicator
        {
            Value = Value, Sources = ["A"], Tags = ["c2"], Family = "Emotet", FirstSeen = Day(10), LastSeen = Day(12),
            Expiry = Day(20), Confidence = 50, Tlp = Tlp.Green, Description = "first",
        };
        var b = new Indicator
        {
            Value = Value, Sources = ["B", "a"], Tags = ["C2", "loader"], Family = "Heodo", FirstSeen = Day(5), LastSeen = Day(11),
            Expiry = Day(25), Confidence = 90, Tlp = Tlp.AmberStrict, Description = "second",
        };

        var merged = IndicatorMerge.Merge(a, b);

        Assert.Equal(["A", "B"], merged.Sources);
        Assert.Equal(["c2", "family:Heodo", "loader"], merged.Tags);
        Assert.Equal("Emotet", merged.Family);
        Assert.Equal(Day(5), merged.FirstSeen);
        Assert.Equal(Day(12), merged.LastSeen);
        Assert.Equal(Day(25), merged.Expiry);
        Assert.Equal(90, merged.Confidence);
        Assert.Equal(Tlp.AmberStrict, merged.Tlp);
        Assert.Equal("first", merged.Description);
    }

    [Fact]
    public void Unstated_values_do_not_erase_stated_ones()
    {
        var stated = new Indicator { Value = Value, Confidence = 40, Tlp = Tlp.Red, FirstSeen = Day(3), Expiry = Day(9) };
        var bare = Indicator.Create(Value, "feed");

        var merged = IndicatorMerge.Merge(bare, stated);

        Assert.Equal(40, merged.Confidence);
        Assert.Equal(Tlp.Red, merged.Tlp);
        Assert.Equal(Day(3), merged.FirstSeen);
        Assert.Equal(Day(9), merged.Expiry);
    }

    [Theory]
    [InlineData(IndicatorAction.Block, false, IndicatorAction.AlertOnly, false, IndicatorAction.Block, false)]
    [InlineData(IndicatorAction.AlertOnly, false, IndicatorAction.AlertOnly, false, IndicatorAction.AlertOnly, false)]
    [InlineData(IndicatorAction.Block, false, IndicatorAction.AlertOnly, true, IndicatorAction.AlertOnly, true)]
    [InlineData(IndicatorAction.AlertOnly, true, IndicatorAction.Block, false, IndicatorAction.AlertOnly, true)]
    public void Block_wins_over_alert_only_unless_alert_only_is_pinned(IndicatorAction a, bool aPinned, IndicatorAction b, bool bPinned, IndicatorAction expected, bool expectedPinned)
    {
        var first = new Indicator { Value = Value, Action = a, AlertOnlyPinned = aPinned };
        var second = new Indicator { Value = Value, Action = b, AlertOnlyPinned = bPinned };

        var merged = IndicatorMerge.Merge(first, second);
        var reversed = IndicatorMerge.Merge(second, first);

        Assert.Equal((expected, expectedPinned), (merged.Action, merged.AlertOnlyPinned));
        Assert.Equal((expected, expectedPinned), (reversed.Action, reversed.AlertOnlyPinned));
    }

    [Fact]
    public void MergeAll_gives_one_indicator_per_value_in_first_seen_order()
    {
        var other = new IndicatorValue(IndicatorType.Ipv4, "1.2.3.4");

        var merged = IndicatorMerge.MergeAll([Indicator.Create(Value, "a"), Indicator.Create(other, "a"), Indicator.Create(Value, "b")]);

        Assert.Equal([Value, other], merged.Select(i => i.Value));
        Assert.Equal(["a", "b"], merged[0].Sources);
    }

    [Fact]
    public void Different_values_cannot_be_merged()
    {
        Assert.Throws<ArgumentException>(() => IndicatorMerge.Merge(Indicator.Create(Value), Indicator.Create(new IndicatorValue(IndicatorType.Domain, "other.example"))));
    }
}
