namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// Collects the entries and indicators of one import: applies the options' defaults, deduplicates (a repeat is
/// reported as skipped, but its metadata is merged) and enforces the entry limit.
/// </summary>
internal sealed class ImportCollector(string file, IndicatorImportOptions options)
{
    private readonly List<ImportEntry> _entries = [];
    private int _entryCount;
    private readonly List<Indicator> _indicators = [];
    private readonly Dictionary<IndicatorValue, (int Index, ImportLocation First)> _seen = [];

    /// <summary>The file locations name; a feed import switches it to each event file it reads.</summary>
    public string File { get; set; } = file;

    private readonly string _reportFile = file;

    // The same two read-only lists for every indicator of the import: cleaning them per value cost more than the
    // whole value parsing on large lists.
    private IReadOnlyList<string>? _defaultSources;
    private IReadOnlyList<string>? _defaultTags;

    public IndicatorImportOptions Options { get; } = options;

    /// <summary>True once the entry limit is reached; parsers stop reading.</summary>
    public bool Full { get; private set; }

    public ImportLocation At(int? line = null, string? path = null) => new(File, line, path);

    /// <summary>An indicator with the options' source, family, tags, TLP, confidence and action.</summary>
    public Indicator NewIndicator(IndicatorValue value) => new()
    {
        Value = value,
        Sources = _defaultSources ??= Indicator.CleanList([Options.Source ?? _reportFile]),
        Family = Options.Family,
        Tags = _defaultTags ??= Indicator.CleanList(Options.Tags),
        Tlp = Options.DefaultTlp,
        Confidence = Options.DefaultConfidence,
        Action = Options.DefaultAction,
    };

    /// <summary>Records a parsed value: imported, a duplicate, or rejected with the parse reason.</summary>
    public void Add(ImportLocation location, string raw, ParsedValue parsed, Func<Indicator, Indicator>? enrich = null)
    {
        if (!parsed.IsValid)
        {
            Reject(location, ImportCodes.InvalidValue, parsed.Reason!, raw);
            return;
        }

        var indicator = NewIndicator(parsed.Value!);
        Add(location, raw, enrich is null ? indicator : enrich(indicator), parsed.Note);
    }

    public void Add(ImportLocation location, string raw, Indicator indicator, string? note = null)
    {
        if (_seen.TryGetValue(indicator.Value, out var known))
        {
            _indicators[known.Index] = IndicatorMerge.Merge(_indicators[known.Index], indicator);
            Entry(location, ImportOutcome.Skipped, ImportCodes.Duplicate, $"duplicate of {known.First}; metadata merged", raw, indicator.Value);
            return;
        }

        if (!Entry(location, ImportOutcome.Imported, ImportCodes.Imported, note, raw, indicator.Value))
        {
            return;
        }

        _seen.Add(indicator.Value, (_indicators.Count, location));
        _indicators.Add(indicator);
    }

    public void Skip(ImportLocation location, string code, string? reason, string? raw = null) =>
        Entry(location, ImportOutcome.Skipped, code, reason, raw, null);

    public void Reject(ImportLocation location, string code, string reason, string? raw = null) =>
        Entry(location, ImportOutcome.Rejected, code, reason, raw, null);

    /// <summary>False (and nothing recorded) once full; the first refused entry records the limit itself.</summary>
    private bool Entry(ImportLocation location, ImportOutcome outcome, string code, string? reason, string? raw, IndicatorValue? value)
    {
        if (Full)
        {
            return false;
        }

        if (_entryCount >= Options.MaxEntries)
        {
            Full = true;
            _entries.Add(new ImportEntry(location, ImportOutcome.Rejected, ImportCodes.TooMany,
                $"More than {Options.MaxEntries} items; the rest of the file from here was not read.", null, null));
            return false;
        }

        _entryCount++;
        if (outcome == ImportOutcome.Rejected || Options.RecordAccepted)
        {
            _entries.Add(new ImportEntry(location, outcome, code, reason, raw is null ? null : IndicatorValues.Shorten(raw), value));
        }

        return true;
    }

    /// <summary>False and one rejection when the input is over the size limit.</summary>
    public bool CheckSize(long length)
    {
        if (length <= Options.MaxBytes)
        {
            return true;
        }

        Reject(At(), ImportCodes.TooLarge, $"The file has {length} bytes; the limit is {Options.MaxBytes}.");
        return false;
    }

    public ImportReport Report() => new(_reportFile, [.. _entries], [.. _indicators]);
}
