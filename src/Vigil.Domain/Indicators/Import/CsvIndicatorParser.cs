using Vigil.Domain.Common.Csv;

namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// CSV files (comma or semicolon, quoted fields, "#" comment banners as in abuse.ch feeds) through
/// <see cref="CsvReader"/>, then <see cref="TableIndicatorParser"/> for the header and the rows.
/// </summary>
public static class CsvIndicatorParser
{
    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (!collector.CheckSize(content.Length))
        {
            return collector.Report();
        }

        var document = CsvReader.Read(content);
        foreach (var problem in document.Problems)
        {
            collector.Reject(collector.At(problem.Row), ImportCodes.Malformed, problem.Message);
        }

        if (document.Problems.Any(p => p.Code == "csv.not_utf8"))
        {
            return collector.Report();
        }

        TableIndicatorParser.Read(collector, [.. document.Records.Select(r => new TableRow(r.Row, r.Fields))], null);
        return collector.Report();
    }
}
