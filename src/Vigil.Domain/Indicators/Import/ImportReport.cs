namespace Vigil.Domain.Indicators.Import;

/// <summary>The per-item report of one import and the deduplicated, merged indicators it produced.</summary>
public sealed record ImportReport(string File, IReadOnlyList<ImportEntry> Entries, IReadOnlyList<Indicator> Indicators)
{
    public int ImportedCount => Entries.Count(e => e.Outcome == ImportOutcome.Imported);

    public int SkippedCount => Entries.Count(e => e.Outcome == ImportOutcome.Skipped);

    public int RejectedCount => Entries.Count(e => e.Outcome == ImportOutcome.Rejected);

    public IEnumerable<ImportEntry> Rejected => Entries.Where(e => e.Outcome == ImportOutcome.Rejected);

    /// <summary>The indicator of a value, or null.</summary>
    public Indicator? Find(IndicatorType type, string value) => Indicators.FirstOrDefault(i => i.Type == type && i.Value.Value == value);
}
