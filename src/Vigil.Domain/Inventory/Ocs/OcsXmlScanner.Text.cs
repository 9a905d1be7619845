using System.Buffers;
using System.Globalization;
using System.Xml;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>References, line ends and the characters names may use.</summary>
internal sealed partial class OcsXmlScanner
{
    /// <summary>Values at most this long are decoded on the stack.</summary>
    private const int StackDecodeLimit = 512;

    /// <summary>Checks the reference at <paramref name="at"/> (an '&amp;') and returns the index after its ';'.</summary>
    private int SkipReference(int at)
    {
        var p = at + 1;
        var numeric = p < length && chars[p] == '#';
        if (numeric)
        {
            var hex = ++p < length && chars[p] == 'x';
            p += hex ? 1 : 0;
            while (p < length && (hex ? char.IsAsciiHexDigit(chars[p]) : char.IsAsciiDigit(chars[p])))
            {
                p++;
            }
        }
        else if (IsNameStart(p))
        {
            while (++p < length && IsNameChar(p))
            {
            }
        }

        if (p >= length || chars[p] != ';' || Resolve(chars.AsSpan(at + 1, p - at - 1)) < 0)
        {
            var body = chars.AsSpan(at + 1, Math.Min(p, length) - at - 1);
            throw new OcsXmlException(
                numeric ? $"'&{body}' is not a valid character reference."
                : p < length && chars[p] == ';' ? $"The entity '&{body};' is not declared (only &lt; &gt; &amp; &apos; &quot; are)."
                : "'&' must start a reference such as &amp;amp; or &amp;#233;.",
                at);
        }

        return p + 1;
    }

    /// <summary>The code point a reference's body (between '&amp;' and ';') stands for, or -1.</summary>
    private static int Resolve(ReadOnlySpan<char> body)
    {
        switch (body)
        {
            case "lt": return '<';
            case "gt": return '>';
            case "amp": return '&';
            case "apos": return '\'';
            case "quot": return '"';
        }

        if (body.Length < 2 || body[0] != '#')
        {
            return -1;
        }

        var hex = body[1] == 'x';
        var digits = body[(hex ? 2 : 1)..];
        var significant = digits.TrimStart('0');
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (digits.IsEmpty || significant.Length > (hex ? 6 : 7))
        {
            return -1;
        }

        // Any code point is let through, control characters and lone surrogates included, as System.Xml does
        // with character checking off: agents' strings are kept rather than the whole inventory refused.
        var value = significant.IsEmpty ? 0 : int.Parse(significant, style, CultureInfo.InvariantCulture);
        return value <= 0x10FFFF ? value : -1;
    }

    /// <summary>Resolves references (when asked) and turns CR LF and lone CR into LF; the input is already checked.</summary>
    private static string Decode(ReadOnlySpan<char> text, bool references)
    {
        char[]? rented = null;
        var buffer = text.Length <= StackDecodeLimit ? stackalloc char[StackDecodeLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                buffer[n++] = '\n';
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '&' && references)
            {
                var end = text[i..].IndexOf(';');
                var codePoint = Resolve(text.Slice(i + 1, end - 1));
                if (codePoint <= char.MaxValue)
                {
                    buffer[n++] = (char)codePoint;
                }
                else
                {
                    codePoint -= 0x10000;
                    buffer[n++] = (char)(0xD800 + (codePoint >> 10));
                    buffer[n++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }

                i += end;
            }
            else
            {
                buffer[n++] = c;
            }
        }

        var value = new string(buffer[..n]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    // Non-ASCII name characters follow System.Xml (XML 1.0's fourth-edition tables, no supplementary planes), so the
    // two readers accept the same names.
    private bool IsNameStart(int p) =>
        p < length && (chars[p] < 0x80 ? char.IsAsciiLetter(chars[p]) || chars[p] == '_' : XmlConvert.IsStartNCNameChar(chars[p]));

    private bool IsNameChar(int p) =>
        chars[p] < 0x80 ? char.IsAsciiLetterOrDigit(chars[p]) || chars[p] is '_' or '-' or '.' : XmlConvert.IsNCNameChar(chars[p]);
}
