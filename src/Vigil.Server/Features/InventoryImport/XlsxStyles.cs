using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>Which cell styles show a number as a date: Excel stores dates as day serials and only the style tells.</summary>
internal sealed class XlsxStyles
{
    private readonly List<bool> _dateStyles;

    private XlsxStyles(List<bool> dateStyles) => _dateStyles = dateStyles;

    public static XlsxStyles None { get; } = new([]);

    public bool IsDate(int styleIndex) => styleIndex >= 0 && styleIndex < _dateStyles.Count && _dateStyles[styleIndex];

    public static XlsxStyles Read(WorkbookStylesPart? part)
    {
        if (part is null)
        {
            return None;
        }

        var customDates = new HashSet<uint>();
        var dateStyles = new List<bool>();
        var inCellFormats = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(NumberingFormat) && reader.IsStartElement)
            {
                var format = (NumberingFormat)reader.LoadCurrentElement()!;
                if (format.NumberFormatId?.Value is { } id && IsDateFormatCode(format.FormatCode?.Value))
                {
                    customDates.Add(id);
                }
            }
            else if (reader.ElementType == typeof(CellFormats))
            {
                inCellFormats = reader.IsStartElement;
            }
            else if (inCellFormats && reader.ElementType == typeof(CellFormat) && reader.IsStartElement)
            {
                var id = reader.Attributes.FirstOrDefault(a => a.LocalName == "numFmtId").Value;
                dateStyles.Add(uint.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var numFmt)
                    && (IsBuiltInDate(numFmt) || customDates.Contains(numFmt)));
            }
        }

        return new XlsxStyles(dateStyles);
    }

    /// <summary>ECMA-376 built-in date and time formats, with the East Asian ones Excel also uses.</summary>
    private static bool IsBuiltInDate(uint id) => id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58);

    /// <summary>A custom code is a date when, outside quoted text and [colour] sections, it has d, m, y, h or s.</summary>
    internal static bool IsDateFormatCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (inQuotes)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                inBracket = true;
            }
            else if (c == ']')
            {
                inBracket = false;
            }
            else if (!inBracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h' or 's')
            {
                return true;
            }
        }

        return false;
    }
}
