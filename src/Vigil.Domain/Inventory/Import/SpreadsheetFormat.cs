namespace Vigil.Domain.Inventory.Import;

public enum SpreadsheetFormat
{
    /// <summary>A ZIP package: .xlsx (or something else in a ZIP, which the XLSX reader tells apart).</summary>
    Zip = 0,

    /// <summary>Delimited text.</summary>
    Csv = 1,

    /// <summary>An OLE compound file: Excel 97–2003 .xls, or an .xlsx protected by a password (which Excel wraps so).</summary>
    CompoundFile = 2,

    /// <summary>Not a spreadsheet at all (a PDF, an image, a document).</summary>
    Other = 3,
}

/// <summary>Tells file formats apart by their first bytes, never by the name alone, which people and browsers get wrong.</summary>
public static class SpreadsheetFormats
{
    private static readonly string[] s_spreadsheetExtensions = [".xlsx", ".xlsm", ".xls", ".xltx", ".xltm", ".ods"];

    public static SpreadsheetFormat Detect(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return SpreadsheetFormat.Zip;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return SpreadsheetFormat.CompoundFile;
        }

        // A file named like a workbook that is not a ZIP is damaged or mislabelled; reading it as text would only
        // produce confusing header errors.
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (s_spreadsheetExtensions.Contains(extension) || content.StartsWith("%PDF"u8) || content[..Math.Min(content.Length, 4096)].Contains((byte)0))
        {
            return SpreadsheetFormat.Other;
        }

        return SpreadsheetFormat.Csv;
    }
}
