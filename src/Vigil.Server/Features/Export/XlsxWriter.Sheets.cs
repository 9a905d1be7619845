using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vigil.Server.Features.Export;

public static partial class XlsxWriter
{
    /// <summary>A workbook of several sheets (the first is selected), to a self-deleting temporary file.</summary>
    public static async Task<ExportFile> WriteFileAsync(string fileName, IReadOnlyList<XlsxSheet> sheets, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentOutOfRangeException.ThrowIfZero(sheets.Count);
        var path = Path.Combine(Path.GetTempPath(), "vigil-export-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            var total = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                using var document = SpreadsheetDocument.Create(file, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
                var workbookPart = document.AddWorkbookPart();
                workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
                var list = new Sheets();
                var names = new DefinedNames();
                for (var i = 0; i < sheets.Count; i++)
                {
                    var (count, sheet, filter) = await sheets[i].WriteAsync(workbookPart, i, ct);
                    list.Append(sheet);
                    names.Append(filter);
                    total += count;
                }

                workbookPart.Workbook = new Workbook(list, names);
                workbookPart.Workbook.Save();
            }

            var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return new ExportFile(content, fileName, total);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }
}
