namespace Vigil.Domain.Indicators;

/// <summary>
/// One curated indicator: a normalised value and what is known about it. Immutable; imports build it and
/// <see cref="IndicatorMerge"/> combines two records of the same value. Collections are sorted and distinct so that
/// equal knowledge gives equal records (stable exports and fingerprints).
/// </summary>
public sealed record Indicator
{
    public required IndicatorValue Value { get; init; }

    public IndicatorType Type => Value.Type;

    /// <summary>Where it came from, e.g. "144/VNCERT-ĐPƯC", "abuse.ch Feodo Tracker"; merged as a union.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Malware family or campaign ("WannaCry", "Pikabot").</summary>
    public string? Family { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Description { get; init; }

    public DateTimeOffset? FirstSeen { get; init; }

    public DateTimeOffset? LastSeen { get; init; }

    /// <summary>When the indicator stops being enforced; null means it does not expire.</summary>
    public DateTimeOffset? Expiry { get; init; }

    /// <summary>0-100 as in STIX 2.1 and MISP; null when the source said nothing.</summary>
    public int? Confidence { get; init; }

    public Tlp? Tlp { get; init; }

    public IndicatorAction Action { get; init; } = IndicatorAction.Block;

    /// <summary>
    /// True when the alert-only action is an explicit safety marking (a kill-switch domain, a person's decision) that
    /// no merge may turn into Block. A feed saying "not for IDS" (MISP to_ids=false) is not pinned.
    /// </summary>
    public bool AlertOnlyPinned { get; init; }

    /// <summary>A new indicator with only its value and the given source.</summary>
    public static Indicator Create(IndicatorValue value, string? source = null) => new()
    {
        Value = value,
        Sources = string.IsNullOrWhiteSpace(source) ? [] : [source.Trim()],
    };

    /// <summary>Sorted, case-insensitively distinct, trimmed; empty strings dropped.</summary>
    public static IReadOnlyList<string> CleanList(IEnumerable<string?> items) =>
        [.. items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
}
