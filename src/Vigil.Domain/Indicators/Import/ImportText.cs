using System.Text;

namespace Vigil.Domain.Indicators.Import;

/// <summary>Decoding and line splitting shared by the text-based parsers.</summary>
internal static class ImportText
{
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>UTF-8 with or without BOM; invalid bytes become U+FFFD, so the value that holds them is rejected, not the file.</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        return Lenient.GetString(content);
    }

    /// <summary>The lines with their 1-based numbers; "\r\n", "\n" and "\r" all end a line.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                yield return (number++, text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (number, text[start..]);
        }
    }

    /// <summary>The text before an inline comment: '#' at the start or after white space ("1.2.3.4 # C2").</summary>
    public static string StripComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    public static bool IsCommentLine(string trimmed) =>
        trimmed.StartsWith('#') || trimmed.StartsWith(';') || trimmed.StartsWith("//", StringComparison.Ordinal);
}
