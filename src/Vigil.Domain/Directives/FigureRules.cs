using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>
/// Combines a report's figure definitions, Vigil's measurements and the unit's entries, and enforces the override rule:
/// a reported value that differs from the measured one needs a justification; a manual figure needs both a value and a
/// justification before the report can be submitted.
/// </summary>
public static class FigureRules
{
    public const int MinJustificationLength = 5;

    public const int MaxJustificationLength = 2000;

    /// <param name="forSubmission">Drafts may leave manual figures empty; a submission may not.</param>
    public static Result<IReadOnlyList<FigureValue>> Combine(
        IReadOnlyList<FigureDefinition> definitions,
        IReadOnlyDictionary<string, long> measured,
        IReadOnlyList<FigureEntry> entries,
        bool forSubmission)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(entries);
        var byKey = new Dictionary<string, FigureEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!definitions.Any(d => d.Key == entry.Key))
            {
                return Error.Validation("report.figure_unknown", $"The directive has no figure '{entry.Key}'.", $"figures.{entry.Key}");
            }

            if (!byKey.TryAdd(entry.Key, entry))
            {
                return Error.Validation("report.figure_twice", $"The figure '{entry.Key}' is given twice.", $"figures.{entry.Key}");
            }
        }

        var values = new List<FigureValue>(definitions.Count);
        foreach (var definition in definitions)
        {
            long? measuredValue = definition.IsManual ? null : measured.GetValueOrDefault(definition.Key);
            byKey.TryGetValue(definition.Key, out var entry);
            var reported = entry?.Reported;
            var justification = string.IsNullOrWhiteSpace(entry?.Justification) ? null : entry!.Justification!.Trim();
            var location = $"figures.{definition.Key}";
            if (reported is < 0)
            {
                return Error.Validation("report.figure_negative", $"'{definition.TitleEn}' cannot be negative.", location);
            }

            if (justification is { Length: > MaxJustificationLength })
            {
                return Error.Validation("report.justification_too_long", $"The justification of '{definition.TitleEn}' is longer than {MaxJustificationLength} characters.", location);
            }

            var differs = reported is not null && reported != measuredValue;
            if ((differs || definition.IsManual && reported is not null) && (justification is null || justification.Length < MinJustificationLength))
            {
                return Error.Validation("report.justification_required",
                    definition.IsManual
                        ? $"'{definition.TitleEn}' is entered by hand: say where the figure comes from (at least {MinJustificationLength} characters)."
                        : $"'{definition.TitleEn}': the reported {reported} differs from the measured {measuredValue}; give a justification (at least {MinJustificationLength} characters).",
                    location);
            }

            if (forSubmission && definition.IsManual && reported is null)
            {
                return Error.Validation("report.manual_missing", $"'{definition.TitleEn}' is not measured by Vigil: enter it with a justification before submitting.", location);
            }

            // A value equal to the measurement is no override: keep the record plain so discrepancy flags stay meaningful.
            values.Add(differs || definition.IsManual
                ? new FigureValue(definition.Key, measuredValue, reported, justification)
                : new FigureValue(definition.Key, measuredValue, null, null));
        }

        return values;
    }
}
