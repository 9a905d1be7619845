using System.Text;
using Vigil.Domain.Common;

namespace Vigil.Domain.Devices;

/// <summary>
/// Turns a terminal paste into clean lines: CRLF, lone CRs of pager redraws, backspaces, ANSI colour codes, pager
/// prompts (--More--, &lt;--- More ---&gt;, "More: &lt;space&gt;") and tabs removed, trailing spaces trimmed. Line numbers stay
/// those of the paste, so errors point where the person looks.
/// </summary>
internal static class CliText
{
    private static readonly string[] PagerPrompts =
    [
        "--More or (q)uit current module or <ctrl-z> to abort--",
        "--More-- or (q)uit",
        "<--- More --->",
        "More: <space>,  Quit: q or CTRL+Z, One line: <return>",
        "More: <space>,  Quit: q, One line: <return>",
        "--More--",
        "-- More --",
    ];

    public static Result<string[]> Split(string text, int maxLineLength)
    {
        var lines = new List<string>();
        var lineNumber = 0;
        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
        }

        while (start <= text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', start);
            var raw = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            var cleaned = Clean(raw, lineNumber);
            if (!cleaned.IsSuccess)
            {
                return cleaned.Error!;
            }

            if (cleaned.Value!.Length > maxLineLength)
            {
                return Error.Validation(DeviceParseCodes.LineTooLong,
                    $"the line is longer than {maxLineLength} characters; this is not CLI output", lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            lines.Add(cleaned.Value);
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines.ToArray();
    }

    private static Result<string> Clean(ReadOnlySpan<char> raw, int lineNumber)
    {
        // Fast path: most lines are plain printable text.
        var plain = true;
        foreach (var c in raw)
        {
            if (c < ' ' || c == '\u007F')
            {
                plain = false;
                break;
            }
        }

        string line;
        if (plain)
        {
            line = raw.TrimEnd().ToString();
        }
        else
        {
            var builder = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                switch (c)
                {
                    case '\t':
                        builder.Append(' ');
                        break;
                    case '\b':
                        if (builder.Length > 0)
                        {
                            builder.Length--;
                        }

                        break;
                    case '\r':
                        // A carriage return inside a line is a redraw (pagers erase their prompt this way): what follows
                        // overwrites what came before, unless nothing visible follows (the CR of a CRLF).
                        if (!raw[(i + 1)..].IsWhiteSpace())
                        {
                            builder.Clear();
                        }

                        break;
                    case '\u001B':
                        i = SkipEscape(raw, i);
                        break;
                    case '\a' or '\f' or '\v' or '\u007F':
                        break;
                    default:
                        if (c < ' ')
                        {
                            return Error.Validation(DeviceParseCodes.Binary,
                                $"the line holds a control character (U+{(int)c:X4}); paste the command output as text, not a binary file",
                                lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        }

                        builder.Append(c);
                        break;
                }
            }

            line = builder.ToString().TrimEnd();
        }

        if (line.Contains("More", StringComparison.Ordinal))
        {
            foreach (var prompt in PagerPrompts)
            {
                line = line.Replace(prompt, "", StringComparison.Ordinal);
            }

            line = line.TrimEnd();
            if (line.AsSpan().IsWhiteSpace())
            {
                line = "";
            }
        }

        return line;
    }

    /// <summary>Skips an ANSI escape (ESC [ params letter, or ESC and one character); returns the index of its last character.</summary>
    private static int SkipEscape(ReadOnlySpan<char> raw, int at)
    {
        if (at + 1 < raw.Length && raw[at + 1] == '[')
        {
            var i = at + 2;
            while (i < raw.Length && (char.IsAsciiDigit(raw[i]) || raw[i] is ';' or '?'))
            {
                i++;
            }

            return Math.Min(i, raw.Length - 1);
        }

        return Math.Min(at + 1, raw.Length - 1);
    }
}
