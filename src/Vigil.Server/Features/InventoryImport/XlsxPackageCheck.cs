using System.IO.Compression;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>
/// Looks inside an uploaded ZIP before any XML is parsed: refuses ZIP bombs by actually unpacking every part
/// against a budget (declared sizes can lie), and tells apart what is not a plain .xlsx (macros, .xlsb, .ods,
/// another Office document) so that each gets its own precise message.
/// </summary>
internal static class XlsxPackageCheck
{
    /// <summary>Unpacked size of one part; a 20 000-row sheet is about 15 MB of XML.</summary>
    public const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Unpacked size of the whole package.</summary>
    public const long MaxTotalBytes = 160L * 1024 * 1024;

    public const int MaxEntries = 2_000;

    /// <summary>Null when the package may be opened; otherwise why not.</summary>
    public static InventoryImportError? Check(byte[] content, string fileName)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return Corrupt(fileName, $"quá nhiều phần ({zip.Entries.Count})", $"too many parts ({zip.Entries.Count})");
            }

            var names = zip.Entries.Select(e => e.FullName.Replace('\\', '/').TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (Kind(zip, names, fileName) is { } wrongKind)
            {
                return wrongKind;
            }

            var buffer = new byte[81920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var part = entry.Open();
                long size = 0;
                int read;
                while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
                {
                    size += read;
                    total += read;
                    if (size > MaxPartBytes || total > MaxTotalBytes)
                    {
                        return Error(fileName, ImportCodes.FileTooBigUnpacked,
                            $"Tệp giải nén ra quá lớn (phần '{entry.FullName}' vượt {MaxPartBytes / (1024 * 1024)} MB hoặc cả tệp vượt {MaxTotalBytes / (1024 * 1024)} MB); hãy chia thành nhiều tệp.",
                            $"The file unpacks too large (part '{entry.FullName}' over {MaxPartBytes / (1024 * 1024)} MB or the whole over {MaxTotalBytes / (1024 * 1024)} MB); split it into several files.");
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException ex)
        {
            return Corrupt(fileName, ex.Message, ex.Message);
        }
        catch (IOException ex)
        {
            return Corrupt(fileName, ex.Message, ex.Message);
        }
    }

    private static InventoryImportError? Kind(ZipArchive zip, HashSet<string> names, string fileName)
    {
        if (names.Contains("mimetype"))
        {
            return Error(fileName, ImportCodes.FileOpenDocument,
                "Đây là tệp OpenDocument (.ods); trong LibreOffice hãy chọn Lưu thành… kiểu \"Excel 2007-365 (.xlsx)\".",
                "This is an OpenDocument file (.ods); in LibreOffice use Save As… \"Excel 2007-365 (.xlsx)\".");
        }

        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) || ContentTypes(zip).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return Error(fileName, ImportCodes.FileMacroEnabled,
                "Tệp có macro (.xlsm); Vigil không nhận tệp có macro. Trong Excel hãy chọn Save As… kiểu \"Excel Workbook (*.xlsx)\".",
                "The file contains macros (.xlsm); Vigil does not accept macro-enabled files. In Excel use Save As… \"Excel Workbook (*.xlsx)\".");
        }

        if (names.Contains("xl/workbook.bin"))
        {
            return Error(fileName, ImportCodes.FileNotSpreadsheet,
                "Đây là tệp Excel nhị phân (.xlsb); trong Excel hãy chọn Save As… kiểu \"Excel Workbook (*.xlsx)\".",
                "This is a binary Excel workbook (.xlsb); in Excel use Save As… \"Excel Workbook (*.xlsx)\".");
        }

        if (!names.Contains("[Content_Types].xml") || !names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
        {
            return Error(fileName, ImportCodes.FileNotSpreadsheet,
                "Tệp nén này không phải bảng tính Excel (.xlsx); hãy dùng tệp mẫu.",
                "This ZIP file is not an Excel workbook (.xlsx); use the template.");
        }

        return null;
    }

    /// <summary>The [Content_Types].xml text, read within the part budget; empty when absent or too large.</summary>
    private static string ContentTypes(ZipArchive zip)
    {
        var entry = zip.GetEntry("[Content_Types].xml");
        if (entry is null)
        {
            return "";
        }

        using var stream = entry.Open();
        var buffer = new byte[256 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return System.Text.Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static InventoryImportError Corrupt(string fileName, string detail, string englishDetail) =>
        Error(fileName, ImportCodes.FileCorrupt,
            $"Tệp .xlsx bị hỏng hoặc không đọc được ({detail}); hãy mở bằng Excel và lưu lại.",
            $"The .xlsx file is damaged or unreadable ({englishDetail}); open it in Excel and save it again.");

    private static InventoryImportError Error(string fileName, string code, string message, string englishMessage) =>
        new(CellLocation.File(fileName), code, message, englishMessage);
}
