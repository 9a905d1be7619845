namespace Vigil.Domain.Indicators;

/// <summary>
/// Combines records of the same value from several lines, files or feeds. The rules are chosen so that merging is
/// order-independent except for <see cref="Indicator.Family"/> and <see cref="Indicator.Description"/> (first wins):
/// <list type="bullet">
/// <item>first seen: the earliest; last seen: the latest; expiry: the latest stated (null only if none is stated);</item>
/// <item>tags and sources: the union; a second, different family is kept as a "family:NAME" tag;</item>
/// <item>confidence: the highest; TLP: the most restrictive (an unstated TLP does not lower a stated one);</item>
/// <item>action: a pinned alert-only (kill-switch, person's decision) always wins; otherwise Block wins over an
/// unpinned alert-only, because one source asking to block a value is enough to block it.</item>
/// </list>
/// </summary>
public static class IndicatorMerge
{
    public static Indicator Merge(Indicator first, Indicator second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Value != second.Value)
        {
            throw new ArgumentException($"Cannot merge {first.Value} with {second.Value}.", nameof(second));
        }

        var tags = first.Tags.Concat(second.Tags);
        if (first.Family is not null && second.Family is not null && !string.Equals(first.Family, second.Family, StringComparison.OrdinalIgnoreCase))
        {
            tags = tags.Append("family:" + second.Family);
        }

        var pinned = first.AlertOnlyPinned || second.AlertOnlyPinned;
        var action = pinned ? IndicatorAction.AlertOnly
            : first.Action == IndicatorAction.Block || second.Action == IndicatorAction.Block ? IndicatorAction.Block
            : IndicatorAction.AlertOnly;

        return first with
        {
            Sources = Indicator.CleanList(first.Sources.Concat(second.Sources)),
            Family = first.Family ?? second.Family,
            Tags = Indicator.CleanList(tags),
            Description = string.IsNullOrWhiteSpace(first.Description) ? second.Description : first.Description,
            FirstSeen = Min(first.FirstSeen, second.FirstSeen),
            LastSeen = Max(first.LastSeen, second.LastSeen),
            Expiry = Max(first.Expiry, second.Expiry),
            Confidence = first.Confidence is null ? second.Confidence : second.Confidence is null ? first.Confidence : Math.Max(first.Confidence.Value, second.Confidence.Value),
            Tlp = first.Tlp is null ? second.Tlp : second.Tlp is null ? first.Tlp : (Tlp)Math.Max((int)first.Tlp.Value, (int)second.Tlp.Value),
            Action = action,
            AlertOnlyPinned = pinned,
        };
    }

    /// <summary>One indicator per value, in the order values first appear.</summary>
    public static IReadOnlyList<Indicator> MergeAll(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var byValue = new Dictionary<IndicatorValue, int>();
        var result = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            if (byValue.TryGetValue(indicator.Value, out var index))
            {
                result[index] = Merge(result[index], indicator);
            }
            else
            {
                byValue.Add(indicator.Value, result.Count);
                result.Add(indicator);
            }
        }

        return result;
    }

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
