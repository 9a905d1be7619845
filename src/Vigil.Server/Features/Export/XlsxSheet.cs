using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vigil.Server.Features.Export;

/// <summary>One sheet of a workbook with several (a summary and its detail sheets); see <see cref="XlsxWriter.WriteFileAsync(string, IReadOnlyList{XlsxSheet}, CancellationToken)"/>.</summary>
public abstract class XlsxSheet
{
    private protected XlsxSheet()
    {
    }

    public static XlsxSheet Of<T>(string name, IReadOnlyList<XlsxColumn<T>> columns, IAsyncEnumerable<T> rows) => new Typed<T>(name, columns, rows);

    internal abstract Task<(int Count, Sheet Sheet, DefinedName Filter)> WriteAsync(WorkbookPart workbookPart, int index, CancellationToken ct);

    private sealed class Typed<T>(string name, IReadOnlyList<XlsxColumn<T>> columns, IAsyncEnumerable<T> rows) : XlsxSheet
    {
        internal override Task<(int Count, Sheet Sheet, DefinedName Filter)> WriteAsync(WorkbookPart workbookPart, int index, CancellationToken ct) =>
            XlsxWriter.WriteSheetAsync(workbookPart, index, name, columns, rows, ct);
    }
}
