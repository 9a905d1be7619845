using System.Globalization;
using Vigil.Domain.Common;
using Vigil.Domain.Common.Csv;

namespace Vigil.Domain.Devices.Lifecycle;

/// <summary>
/// Reads a lifecycle catalog file — CSV with a header naming the columns of <see cref="Columns"/>, or YAML (a list of
/// maps with those keys, where <c>models</c> may list several patterns) — into checked entries. Every entry is
/// checked (vendor and model given, dates readable and in milestone order, no pattern twice) and the first problem is
/// returned as "FILE: line N[, column C]: reason", so a bad file imports nothing.
/// </summary>
public static partial class DeviceLifecycleFile
{
    public const int MaxLength = 4_000_000;

    public const string InvalidCode = "device_lifecycle.file_invalid";

    public static readonly IReadOnlyList<string> Columns =
        ["vendor", "model", "series", "end_of_sale", "end_of_sw_maintenance", "end_of_security_support", "last_date_of_support", "source"];

    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static Result<IReadOnlyList<DeviceLifecycleEntry>> Read(string? text, string fileName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(fileName, 1, null, "the file is empty");
        }

        if (text.Length > MaxLength)
        {
            return Fail(fileName, 1, null, $"the file is larger than {MaxLength} characters");
        }

        var first = text.TrimStart('\uFEFF').TrimStart().Split('\n')[0];
        var isCsv = first.StartsWith("vendor", StringComparison.OrdinalIgnoreCase) && (first.Contains(',', StringComparison.Ordinal) || first.Contains(';', StringComparison.Ordinal));
        var rows = isCsv ? ReadCsv(text, fileName) : ReadYaml(text, fileName);
        return rows.IsSuccess ? Check(rows.Value!, fileName) : rows.Error!;
    }

    private static Result<IReadOnlyList<DeviceLifecycleEntry>> Check(List<RawEntry> rows, string fileName)
    {
        var seen = new Dictionary<(string, string), int>();
        var result = new List<DeviceLifecycleEntry>();
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Vendor))
            {
                return Fail(fileName, row.Line, "vendor", "the vendor is empty");
            }

            if (row.Models.Count == 0)
            {
                return Fail(fileName, row.Line, "model", "the model is empty");
            }

            var dates = new DateOnly?[4];
            string[] dateColumns = ["end_of_sale", "end_of_sw_maintenance", "end_of_security_support", "last_date_of_support"];
            for (var i = 0; i < dates.Length; i++)
            {
                var text = row.Dates[i]?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                if (!DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return Fail(fileName, row.Line, dateColumns[i], $"'{text}' is not a date; write 2027-10-31 or 31/10/2027");
                }

                dates[i] = date;
            }

            if (dates.All(d => d is null))
            {
                return Fail(fileName, row.Line, null, "the entry gives no date; give at least one of " + string.Join(", ", dateColumns));
            }

            if (OutOfOrder(dates, dateColumns) is { } order)
            {
                return Fail(fileName, row.Line, null, order);
            }

            foreach (var raw in row.Models)
            {
                var pattern = raw.Trim().ToUpperInvariant();
                if (pattern.Length == 0 || pattern == "*" || pattern.AsSpan(0, pattern.Length - 1).Contains('*') || pattern.Any(char.IsWhiteSpace))
                {
                    return Fail(fileName, row.Line, "model", $"'{raw}' is not a model pattern; write a product id (WS-C2960X-48FPD-L) or a prefix ending in * (WS-C2960X-*)");
                }

                var entry = new DeviceLifecycleEntry(row.Vendor.Trim(), pattern, Clean(row.Series), dates[0], dates[1], dates[2], dates[3], Clean(row.Source), row.Line);
                if (seen.TryGetValue(entry.Key, out var firstLine))
                {
                    return Fail(fileName, row.Line, "model", $"{entry.Vendor} {pattern} is already given on line {firstLine}");
                }

                seen[entry.Key] = row.Line;
                result.Add(entry);
            }
        }

        return result.Count == 0 ? Fail(fileName, 1, null, "the file holds no entries") : result;
    }

    // Cisco's milestones come in this order; a date before an earlier milestone is a typo worth stopping for.
    private static string? OutOfOrder(DateOnly?[] dates, string[] names)
    {
        for (var later = 1; later < dates.Length; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (dates[earlier] is { } a && dates[later] is { } b && b < a)
                {
                    return $"{names[later]} ({b:yyyy-MM-dd}) is before {names[earlier]} ({a:yyyy-MM-dd})";
                }
            }
        }

        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Result<List<RawEntry>> ReadCsv(string text, string fileName)
    {
        var document = CsvReader.Read(text);
        if (document.Problems.Count > 0)
        {
            var problem = document.Problems[0];
            return Fail(fileName, problem.Row, null, problem.Message);
        }

        var header = document.Records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        foreach (var name in header)
        {
            if (name.Length > 0 && !Columns.Contains(name))
            {
                return Fail(fileName, 1, name, $"unknown column '{name}'; the columns are {string.Join(", ", Columns)}");
            }
        }

        if (!header.Contains("vendor") || !header.Contains("model"))
        {
            return Fail(fileName, 1, null, "the header must name at least the columns vendor and model");
        }

        var rows = new List<RawEntry>();
        foreach (var record in document.Records.Skip(1))
        {
            if (record.IsBlank || record.Fields[0].TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (record.Fields.Count > header.Length)
            {
                return Fail(fileName, record.Row, null, $"the row has {record.Fields.Count} cells but the header has {header.Length} columns");
            }

            string? Cell(string name)
            {
                var c = Array.IndexOf(header, name);
                return c >= 0 && c < record.Fields.Count ? record.Fields[c] : null;
            }

            var model = Cell("model")?.Trim();
            rows.Add(new RawEntry(
                record.Row, Cell("vendor") ?? "", string.IsNullOrEmpty(model) ? [] : [model], Cell("series"),
                [Cell("end_of_sale"), Cell("end_of_sw_maintenance"), Cell("end_of_security_support"), Cell("last_date_of_support")], Cell("source")));
        }

        return rows;
    }

    private static Error Fail(string fileName, int line, string? column, string reason)
    {
        var location = column is null ? $"line {line}" : $"line {line}, column {column}";
        return Error.Validation(InvalidCode, $"{fileName}: {location}: {reason}", location);
    }

    private sealed record RawEntry(int Line, string Vendor, IReadOnlyList<string> Models, string? Series, string?[] Dates, string? Source);
}
