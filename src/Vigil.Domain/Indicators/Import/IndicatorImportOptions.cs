namespace Vigil.Domain.Indicators.Import;

/// <summary>What an import adds to every indicator it reads, and its limits.</summary>
public sealed record IndicatorImportOptions
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The source recorded on every indicator, e.g. "144/VNCERT-ĐPƯC"; the file name when null.</summary>
    public string? Source { get; init; }

    public string? Family { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Used when the item states no TLP.</summary>
    public Tlp? DefaultTlp { get; init; }

    public int? DefaultConfidence { get; init; }

    public IndicatorAction DefaultAction { get; init; } = IndicatorAction.Block;

    /// <summary>MISP attributes with to_ids=false ("not for detection") get this action; alert-only by default.</summary>
    public IndicatorAction NonIdsAction { get; init; } = IndicatorAction.AlertOnly;

    /// <summary>Larger input is refused as a whole (one rejected entry), before any parsing.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>At most this many report entries; the rest of the file is reported as one rejection.</summary>
    public int MaxEntries { get; init; } = 1_000_000;

    /// <summary>
    /// False keeps only rejected entries in the report: imported, duplicate and skipped lines still count toward
    /// <see cref="MaxEntries"/> but are not kept, so the report's imported and skipped counts read 0. A hunt over a
    /// million-line list needs the indicators and the errors, not a report row per line.
    /// </summary>
    public bool RecordAccepted { get; init; } = true;

    public static IndicatorImportOptions Default { get; } = new();
}
