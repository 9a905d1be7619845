using Vigil.Contracts.V1;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Indicators.Warnings;

namespace Vigil.Server.Features.Indicators;

/// <summary>
/// Applies the warninglist to a stored row: records the codes, pins kill switches to alert-only (no person can turn
/// them into a block) and flags the row while any overridable warning lacks an override.
/// </summary>
internal static class IndicatorSafety
{
    public static void Apply(StoredIndicator row, IReadOnlyList<Warning> warnings, IReadOnlySet<string> overridden)
    {
        row.WarningCodes = StoredIndicator.Join(warnings.Select(w => w.Code).Distinct(StringComparer.Ordinal));
        row.KillSwitch = warnings.Any(w => !w.Overridable);
        if (row.KillSwitch)
        {
            row.Action = IndicatorAction.AlertOnly;
            row.AlertOnlyPinned = true;
        }

        row.Flagged = warnings.Any(w => w.Overridable && !overridden.Contains(w.Code));
    }

    public static Indicator Pinned(Indicator indicator, IReadOnlyList<Warning> warnings) =>
        warnings.Any(w => !w.Overridable) ? indicator with { Action = IndicatorAction.AlertOnly, AlertOnlyPinned = true } : indicator;

    public static List<IndicatorWarningDto> ToDto(IEnumerable<Warning> warnings) => [.. warnings.Select(w => new IndicatorWarningDto(w.Code, w.Reason, w.Overridable))];

    public static bool TryType(string? text, out IndicatorType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);
}
