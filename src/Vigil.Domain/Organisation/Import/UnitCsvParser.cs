using Vigil.Domain.Common;
using Vigil.Domain.Common.Csv;

namespace Vigil.Domain.Organisation.Import;

/// <summary>
/// Parses an organisation-tree CSV (see <see cref="UnitCsvColumns"/>) into normalised rows. Checks everything that
/// can be checked from one file alone; whether parents exist is decided by <see cref="UnitImportPlan"/>, because a
/// parent may already be in the database. Never throws on malformed input.
/// </summary>
public static class UnitCsvParser
{
    /// <summary>More errors than this are not useful to a person fixing a file, and bound the memory of a hostile one.</summary>
    public const int MaxErrors = 500;

    public static UnitCsvParseResult Parse(ReadOnlySpan<byte> utf8) => FromDocument(CsvReader.Read(utf8));

    public static UnitCsvParseResult Parse(string text) => FromDocument(CsvReader.Read(text));

    private static UnitCsvParseResult FromDocument(CsvDocument document)
    {
        var errors = new List<UnitImportError>();
        foreach (var problem in document.Problems)
        {
            errors.Add(new UnitImportError(problem.Row, UnitImportError.WholeRow, problem.Code, problem.Message));
        }

        var records = document.Records;
        var headerIndex = 0;
        while (headerIndex < records.Count && records[headerIndex].IsBlank)
        {
            headerIndex++;
        }

        if (headerIndex == records.Count)
        {
            if (errors.Count == 0)
            {
                errors.Add(new UnitImportError(1, UnitImportError.WholeRow, "csv.empty", "The file is empty; the first row must be a header such as \"code,name,parent_code,kind\"."));
            }

            return new UnitCsvParseResult([], errors);
        }

        var header = records[headerIndex];
        var columns = ReadHeader(header, errors);
        if (columns is null)
        {
            return new UnitCsvParseResult([], errors);
        }

        var rows = new List<UnitCsvRow>();
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = headerIndex + 1; i < records.Count && errors.Count < MaxErrors; i++)
        {
            var record = records[i];
            if (record.IsBlank)
            {
                continue;
            }

            // Duplicates are judged on the code alone, so a repeated code is reported even when its first row has
            // other mistakes.
            var code = UnitTree.NormaliseCode(CellOf(record, columns, UnitCsvColumns.Code)).Value;
            if (code is not null && firstRowOfCode.TryGetValue(code, out var firstRow))
            {
                errors.Add(new UnitImportError(record.Row, UnitCsvColumns.Code, "unit.code_duplicate", $"The code '{code}' is already used on row {firstRow}."));
                continue;
            }

            if (code is not null)
            {
                firstRowOfCode[code] = record.Row;
            }

            if (ReadRow(record, columns, errors) is { } row)
            {
                rows.Add(row);
            }
        }

        return errors.Count > 0 ? new UnitCsvParseResult([], errors) : new UnitCsvParseResult(rows, errors);
    }

    /// <summary>Maps each known column name to its field index; null when the header is unusable.</summary>
    private static Dictionary<string, int>? ReadHeader(CsvRecord header, List<UnitImportError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var errorsBefore = errors.Count;
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var cell = header.Fields[i];
            if (cell.Trim().Length == 0)
            {
                continue;
            }

            var column = UnitCsvColumns.Recognise(cell);
            if (column is null)
            {
                // An unknown column is most often a misspelt known one ("parent code" is fine, "parrent_code" is
                // not); ignoring it would silently import every unit as a root.
                errors.Add(new UnitImportError(header.Row, cell.Trim(), "csv.column_unknown", $"Unknown column '{cell.Trim()}'; expected {string.Join(", ", UnitCsvColumns.All)}."));
            }
            else if (!columns.TryAdd(column, i))
            {
                errors.Add(new UnitImportError(header.Row, column, "csv.column_duplicate", $"The column '{column}' appears more than once."));
            }
        }

        foreach (var required in UnitCsvColumns.Required)
        {
            if (!columns.ContainsKey(required))
            {
                errors.Add(new UnitImportError(header.Row, required, "csv.column_missing", $"The header has no '{required}' column."));
            }
        }

        return errors.Count > errorsBefore ? null : columns;
    }

    private static UnitCsvRow? ReadRow(CsvRecord record, Dictionary<string, int> columns, List<UnitImportError> errors)
    {
        var errorsBefore = errors.Count;
        var width = columns.Values.Max() + 1;
        for (var i = width; i < record.Fields.Count; i++)
        {
            if (record.Fields[i].Trim().Length > 0)
            {
                errors.Add(new UnitImportError(record.Row, UnitImportError.WholeRow, "csv.too_many_fields", $"The row has {record.Fields.Count} fields but the header names only {width}; does a value containing the separator lack its quotes?"));
                return null;
            }
        }

        string Cell(string column) => CellOf(record, columns, column);

        string? Optional(string column)
        {
            var value = Cell(column).Trim();
            return value.Length == 0 ? null : value;
        }

        T? Check<T>(Result<T> result, string column)
        {
            if (result.IsSuccess)
            {
                return result.Value;
            }

            errors.Add(new UnitImportError(record.Row, column, result.Error!.Code, result.Error.Message));
            return default;
        }

        var code = Check(UnitTree.NormaliseCode(Cell(UnitCsvColumns.Code), UnitCsvColumns.Code), UnitCsvColumns.Code);
        var name = Check(UnitTree.NormaliseName(Cell(UnitCsvColumns.Name), UnitCsvColumns.Name), UnitCsvColumns.Name);

        string? parentCode = null;
        if (Optional(UnitCsvColumns.ParentCode) is { } rawParent)
        {
            parentCode = Check(UnitTree.NormaliseCode(rawParent, UnitCsvColumns.ParentCode), UnitCsvColumns.ParentCode);
        }

        var kind = UnitKind.Other;
        if (Optional(UnitCsvColumns.Kind) is { } rawKind && !UnitKindNames.TryParse(rawKind, out kind))
        {
            errors.Add(new UnitImportError(record.Row, UnitCsvColumns.Kind, "unit.kind_unknown", $"Unknown kind '{rawKind}'; use one of {string.Join(", ", Enum.GetNames<UnitKind>())} or tỉnh, xã, phường, đặc khu, sở, cơ quan, trường, trạm y tế."));
        }

        var timeZone = Check(UnitTree.NormaliseTimeZone(Cell(UnitCsvColumns.TimeZone), UnitCsvColumns.TimeZone), UnitCsvColumns.TimeZone);

        var email = Optional(UnitCsvColumns.ContactEmail);
        if (email is not null && !EmailAddress.LooksValid(email))
        {
            errors.Add(new UnitImportError(record.Row, UnitCsvColumns.ContactEmail, "unit.email_invalid", $"'{email}' is not an e-mail address."));
        }

        if (errors.Count > errorsBefore)
        {
            return null;
        }

        return new UnitCsvRow(
            record.Row,
            code!,
            name!,
            parentCode,
            kind,
            Optional(UnitCsvColumns.FormerDistrict),
            timeZone!,
            Optional(UnitCsvColumns.ContactName),
            Optional(UnitCsvColumns.ContactPhone),
            email,
            Optional(UnitCsvColumns.Address));
    }

    private static string CellOf(CsvRecord record, Dictionary<string, int> columns, string column) =>
        columns.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index] : "";
}
