using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>
/// An indicator as a unit keeps it: one row per (unit, type, value), the merged knowledge of every import, the
/// warnings the warninglist raised and whether they are all overridden. Only enforced rows reach exports and feeds:
/// see <see cref="IsEnforced"/>.
/// </summary>
public sealed class StoredIndicator : IUnitOwned
{
    /// <summary>Separates list items (sources, tags, codes) in their text columns; never part of a value.</summary>
    public const char ListSeparator = '\n';

    public Guid Id { get; set; }

    /// <summary>The unit whose officer or coordinator imported it (typically the province).</summary>
    public Guid UnitId { get; set; }

    public IndicatorType Type { get; set; }

    /// <summary>The normalised value (<see cref="IndicatorValues"/>): the deduplication key within the unit.</summary>
    public string Value { get; set; } = "";

    public string Sources { get; set; } = "";

    public string? Family { get; set; }

    public string Tags { get; set; } = "";

    public string? Description { get; set; }

    public DateTime? FirstSeen { get; set; }

    public DateTime? LastSeen { get; set; }

    public DateTime? Expiry { get; set; }

    public int? Confidence { get; set; }

    public Tlp? Tlp { get; set; }

    public IndicatorAction Action { get; set; }

    public bool AlertOnlyPinned { get; set; }

    /// <summary>The warning codes raised when the value was last checked, one per line.</summary>
    public string WarningCodes { get; set; } = "";

    /// <summary>A warning that can never be overridden (a kill switch) was raised: the value is never blocked.</summary>
    public bool KillSwitch { get; set; }

    /// <summary>Some warning is not covered by an override: stored, shown, but not enforced.</summary>
    public bool Flagged { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }

    /// <summary>The import batch that last added to it.</summary>
    public Guid? LastBatchId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public bool IsExpired(DateTime nowUtc) => Expiry is { } expiry && expiry <= nowUtc;

    /// <summary>Blocked by exports and feeds: a block action, no open warning, not revoked, not expired.</summary>
    public bool IsEnforced(DateTime nowUtc) => Action == IndicatorAction.Block && !Flagged && !KillSwitch && RevokedAt is null && !IsExpired(nowUtc);

    public IReadOnlyList<string> WarningCodeList => Split(WarningCodes);

    /// <summary>The domain record, for merging and exporting.</summary>
    public Indicator ToIndicator() => new()
    {
        Value = new IndicatorValue(Type, Value),
        Sources = Split(Sources),
        Family = Family,
        Tags = Split(Tags),
        Description = Description,
        FirstSeen = AsOffset(FirstSeen),
        LastSeen = AsOffset(LastSeen),
        Expiry = AsOffset(Expiry),
        Confidence = Confidence,
        Tlp = Tlp,
        Action = Action,
        AlertOnlyPinned = AlertOnlyPinned,
    };

    /// <summary>Copies the knowledge of <paramref name="indicator"/> (its value must be this row's value).</summary>
    public void Apply(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        Type = indicator.Type;
        Value = indicator.Value.Value;
        Sources = Join(indicator.Sources);
        Family = indicator.Family;
        Tags = Join(indicator.Tags);
        Description = indicator.Description;
        FirstSeen = indicator.FirstSeen?.UtcDateTime;
        LastSeen = indicator.LastSeen?.UtcDateTime;
        Expiry = indicator.Expiry?.UtcDateTime;
        Confidence = indicator.Confidence;
        Tlp = indicator.Tlp;
        Action = indicator.Action;
        AlertOnlyPinned = indicator.AlertOnlyPinned;
    }

    public static IReadOnlyList<string> Split(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries);

    public static string Join(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static DateTimeOffset? AsOffset(DateTime? utc) => utc is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null;
}
