namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// Indicators from a table of cells, whatever file it came from (CSV here; spreadsheet and Word tables once the
/// server has extracted their cells). A header row is looked for in the first rows: its columns are recognised by
/// name (value/indicator/ioc, ip/domain/url/md5/sha1/sha256/email/filename, type, description, first_seen, last_seen,
/// expiry, malware, tags, confidence, tlp, action, source, English or Vietnamese); title rows above it are skipped.
/// Without a header every cell is tried as a bare value.
/// </summary>
public static class TableIndicatorParser
{
    /// <summary>How many leading rows may be titles before the header; past that the table is taken as headerless.</summary>
    public const int HeaderSearchRows = 20;

    /// <param name="tableName">Sheet or table name put in each location ("Sheet1", "table 2"); null for CSV.</param>
    public static ImportReport Parse(IEnumerable<TableRow> rows, string fileName, IndicatorImportOptions? options = null, string? tableName = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        Read(collector, [.. rows], tableName);
        return collector.Report();
    }

    internal static void Read(ImportCollector collector, IReadOnlyList<TableRow> rows, string? tableName)
    {
        var headerIndex = FindHeader(rows);
        var columns = headerIndex < 0 ? null : rows[headerIndex].Cells.Select((h, i) => TableColumns.Recognise(i, h)).ToList();
        for (var r = 0; r < rows.Count && !collector.Full; r++)
        {
            var row = rows[r];
            var location = collector.At(row.Number, tableName);
            var first = row.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
            if (first is null)
            {
                collector.Skip(location, ImportCodes.Empty, null);
            }
            else if (first.StartsWith('#') && row.Cells.Count(c => !string.IsNullOrWhiteSpace(c)) <= 1 || first.StartsWith("# ", StringComparison.Ordinal))
            {
                collector.Skip(location, ImportCodes.Comment, null, first);
            }
            else if (r < headerIndex)
            {
                collector.Skip(location, ImportCodes.Header, "title row above the header", first);
            }
            else if (r == headerIndex)
            {
                collector.Skip(location, ImportCodes.Header, "header: " + string.Join(", ", columns!.Where(c => c.Role != ColumnRole.Ignored).Select(c => c.Header.Trim())), null);
            }
            else if (columns is null)
            {
                ReadHeaderless(collector, row, tableName);
            }
            else
            {
                ReadRow(collector, row, columns, tableName);
            }
        }
    }

    /// <summary>The first row with a value column whose value cells are not themselves indicators (a header, not data).</summary>
    private static int FindHeader(IReadOnlyList<TableRow> rows)
    {
        for (var r = 0; r < Math.Min(rows.Count, HeaderSearchRows); r++)
        {
            var columns = rows[r].Cells.Select((h, i) => TableColumns.Recognise(i, h)).ToList();
            if (columns.Any(c => c.Role == ColumnRole.Value) && !rows[r].Cells.Any(c => IndicatorValues.Detect(c).IsValid))
            {
                return r;
            }
        }

        return -1;
    }

    private static void ReadRow(ImportCollector collector, TableRow row, List<TableColumn> columns, string? tableName)
    {
        string? Cell(ColumnRole role) => columns.Where(c => c.Role == role && c.Index < row.Cells.Count)
            .Select(c => row.Cells[c.Index]).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        IndicatorType? statedType = null;
        if (Cell(ColumnRole.Type) is { } typeText)
        {
            statedType = ImportFields.TypeName(typeText);
            if (statedType is null && NotIndicatorTypes.Contains(ImportFields.Key(typeText)))
            {
                collector.Skip(collector.At(row.Number, tableName), ImportCodes.NotApplicable, $"type \"{IndicatorValues.Shorten(typeText)}\" is not an indicator Vigil enforces", string.Join(" | ", row.Cells));
                return;
            }

            if (statedType is null)
            {
                collector.Reject(collector.At(row.Number, tableName), ImportCodes.Unsupported, $"Unknown indicator type \"{IndicatorValues.Shorten(typeText)}\".", string.Join(" | ", row.Cells));
                return;
            }
        }

        var valueColumns = columns.Where(c => c.Role == ColumnRole.Value && c.Index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[c.Index])).ToList();
        if (valueColumns.Count == 0)
        {
            collector.Skip(collector.At(row.Number, tableName), ImportCodes.Empty, "no value in the value column(s)", string.Join(" | ", row.Cells));
            return;
        }

        var action = ImportFields.Action(Cell(ColumnRole.Action));
        Indicator Enrich(Indicator indicator) => indicator with
        {
            Sources = Cell(ColumnRole.Source) is { } source ? Indicator.CleanList(indicator.Sources.Append(source)) : indicator.Sources,
            Family = Cell(ColumnRole.Family) ?? indicator.Family,
            Tags = Indicator.CleanList(indicator.Tags.Concat(ImportFields.Tags(Cell(ColumnRole.Tags)))),
            Description = Cell(ColumnRole.Description) ?? indicator.Description,
            FirstSeen = ImportFields.Date(Cell(ColumnRole.FirstSeen)) ?? indicator.FirstSeen,
            LastSeen = ImportFields.Date(Cell(ColumnRole.LastSeen)) ?? indicator.LastSeen,
            Expiry = ImportFields.Date(Cell(ColumnRole.Expiry)) ?? indicator.Expiry,
            Confidence = ImportFields.Confidence(Cell(ColumnRole.Confidence)) ?? indicator.Confidence,
            Tlp = TlpLabels.TryParse(Cell(ColumnRole.Tlp), out var tlp) ? tlp : indicator.Tlp,
            Action = action ?? indicator.Action,

            // An appendix that writes "alert-only" next to a value is a person's explicit decision: pinned.
            AlertOnlyPinned = action == IndicatorAction.AlertOnly,
        };

        foreach (var column in valueColumns)
        {
            var raw = row.Cells[column.Index].Trim();
            var type = statedType ?? column.ValueType;
            var parsed = type is null ? IndicatorValues.Detect(raw) : ImportFields.ParseAs(type.Value, raw);
            var path = valueColumns.Count > 1 ? Join(tableName, column.Header.Trim()) : tableName;
            collector.Add(collector.At(row.Number, path), raw, parsed, Enrich);
        }
    }

    /// <summary>Types such as "text" or "regkey" in a type column mark rows that are not indicators: skipped, not rejected.</summary>
    private static readonly HashSet<string> NotIndicatorTypes = new(StringComparer.Ordinal)
    {
        "text", "comment", "link", "other", "regkey", "mutex", "yara", "snort", "sigma", "asn", "as", "cve", "vulnerability",
        "ssdeep", "imphash", "sha512", "user_agent", "port", "registry", "process",
    };

    private static void ReadHeaderless(ImportCollector collector, TableRow row, string? tableName)
    {
        var cells = row.Cells.Select((c, i) => (Text: c.Trim(), Index: i)).Where(c => c.Text.Length > 0).ToList();
        var parsed = cells.Select(c => IndicatorValues.Detect(c.Text)).ToList();
        if (!parsed.Any(p => p.IsValid))
        {
            collector.Reject(collector.At(row.Number, tableName), ImportCodes.InvalidValue,
                "No cell of this row is an indicator (and the table has no header naming a value column).", string.Join(" | ", row.Cells));
            return;
        }

        for (var k = 0; k < cells.Count; k++)
        {
            var location = collector.At(row.Number, Join(tableName, $"column {cells[k].Index + 1}"));
            if (parsed[k].IsValid)
            {
                collector.Add(location, cells[k].Text, parsed[k]);
            }
            else
            {
                collector.Skip(location, ImportCodes.NotApplicable, "text next to an indicator", cells[k].Text);
            }
        }
    }

    private static string Join(string? table, string part) => table is null ? part : table + " " + part;
}
