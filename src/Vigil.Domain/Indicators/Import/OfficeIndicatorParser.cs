namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// Indicator tables in Excel workbooks (every sheet) and Word documents (every top-level table), as national CERT
/// appendices arrive. Each table goes through <see cref="TableIndicatorParser"/>; locations name the sheet or table.
/// </summary>
public static class OfficeIndicatorParser
{
    public static ImportReport ParseXlsx(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null) =>
        Parse(content, fileName, options, OfficeTables.Xlsx);

    public static ImportReport ParseDocx(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null) =>
        Parse(content, fileName, options, OfficeTables.Docx);

    private static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options,
        Func<ZipPackage, (List<(string Name, List<TableRow> Rows)> Tables, string? Problem)> read)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (!collector.CheckSize(content.Length))
        {
            return collector.Report();
        }

        using var package = ZipPackage.Open(content.ToArray(), collector.Options.MaxBytes, out var problem);
        var (tables, readProblem) = package is null ? ([], problem) : read(package);
        if (readProblem is not null)
        {
            collector.Reject(collector.At(path: "document"), ImportCodes.Malformed, readProblem);
            return collector.Report();
        }

        if (tables.Count == 0)
        {
            collector.Skip(collector.At(path: "document"), ImportCodes.Empty, "the document has no table");
        }

        foreach (var (name, rows) in tables)
        {
            TableIndicatorParser.Read(collector, rows, name);
        }

        return collector.Report();
    }
}
