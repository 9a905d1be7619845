using System.Buffers;
using System.Text;

namespace Vigil.Domain.Common.Csv;

/// <summary>
/// Reads RFC 4180 delimited text as produced by Excel and LibreOffice: UTF-8 with or without BOM, comma or
/// semicolon separated (Excel uses ';' where ',' is the decimal separator), quoted fields with embedded
/// delimiters, quotes and line breaks. A first line "sep=;" (which Excel honours and hides) names the delimiter and is
/// not counted as a row. Never throws: broken input becomes <see cref="CsvProblem"/>s.
/// </summary>
public static class CsvReader
{
    public static CsvDocument Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var chars = new char[utf8.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(utf8, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            // Report the line of the first bad byte so that the person can find it in an editor.
            var line = utf8[..bytesRead].Count((byte)'\n') + 1;
            return new CsvDocument(',', [], [new CsvProblem(line, "csv.not_utf8", $"The file is not valid UTF-8 (line {line}); save it as \"CSV UTF-8\".")]);
        }

        return Read(new string(chars, 0, charsWritten));
    }

    public static CsvDocument Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var delimiter = DetectDelimiter(text);
        if (SeparatorLine(text) is { } declared)
        {
            delimiter = declared.Delimiter;
            text = text[declared.Length..];
        }

        var records = new List<CsvRecord>();
        var problems = new List<CsvProblem>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var row = 1;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var quoteStartRow = 0;
        var i = 0;

        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = true;
                fieldWasQuoted = true;
                quoteStartRow = row;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldWasQuoted = false;
                records.Add(new CsvRecord(row, [.. fields]));
                fields.Clear();
                row++;
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                // A stray quote inside an unquoted field (or text after a closing quote) is kept literally,
                // which is what spreadsheet programs do, rather than rejecting the whole file.
                field.Append(c);
            }

            i++;
        }

        if (inQuotes)
        {
            problems.Add(new CsvProblem(quoteStartRow, "csv.unterminated_quote", "A quoted field is never closed; a '\"' is missing."));
        }

        if (field.Length > 0 || fields.Count > 0 || fieldWasQuoted)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(row, [.. fields]));
        }

        return new CsvDocument(delimiter, records, problems);
    }

    /// <summary>The delimiter and length (with its line break) of a leading "sep=X" line, or null.</summary>
    private static (char Delimiter, int Length)? SeparatorLine(string text)
    {
        if (text.Length < 5 || !text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) || text[4] is '\r' or '\n' or '"')
        {
            return null;
        }

        var length = 5;
        if (length < text.Length && text[length] == '\r')
        {
            length++;
        }

        if (length < text.Length && text[length] == '\n')
        {
            length++;
        }

        return length == 5 && text.Length > 5 ? null : (text[4], length);
    }

    /// <summary>Chooses ';' when the first record has more semicolons than commas outside quotes, otherwise ','.</summary>
    private static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes)
            {
                if (c is '\r' or '\n')
                {
                    break;
                }

                if (c == ',')
                {
                    commas++;
                }
                else if (c == ';')
                {
                    semicolons++;
                }
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
