using System.Text;
using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Picks the text encoding of an agent's XML the way an XML processor would (byte-order mark, then the declaration's
/// <c>encoding</c>), so that ISO-8859-1 and windows-125x documents from old agents read correctly. Bytes invalid in
/// the chosen encoding become U+FFFD instead of failing the whole inventory.
/// </summary>
internal static class OcsEncoding
{
    private const int DeclarationWindow = 512;

    public static Result<(Encoding Encoding, int Preamble)> Detect(ReadOnlySpan<byte> xml)
    {
        if (xml.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false, false), 3);
        }

        if (xml.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        if (xml.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false), 2);
        }

        var name = DeclaredName(xml[..Math.Min(xml.Length, DeclarationWindow)]);
        if (name is null)
        {
            return (new UTF8Encoding(false, false), 0);
        }

        var encoding = Resolve(name);
        return encoding is null
            ? Error.Validation("ocs.encoding_unsupported", $"The XML declares the encoding '{name}', which Vigil cannot read.", "line 1")
            : (encoding, 0);
    }

    private static Encoding? Resolve(string name)
    {
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            // Not built in (windows-1252 and friends live in the code-pages provider, which is not registered globally).
        }

        return CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    /// <summary>The <c>encoding</c> pseudo-attribute of a leading <c>&lt;?xml …?&gt;</c>, read as ASCII.</summary>
    private static string? DeclaredName(ReadOnlySpan<byte> head)
    {
        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        head = head[start..];
        if (!head.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = head.IndexOf("?>"u8);
        var declaration = end < 0 ? head : head[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + "encoding".Length)..].TrimStart(" \t\r\n"u8);
        if (rest.Length == 0 || rest[0] != (byte)'=')
        {
            return null;
        }

        rest = rest[1..].TrimStart(" \t\r\n"u8);
        if (rest.Length == 0 || rest[0] is not ((byte)'"' or (byte)'\''))
        {
            return null;
        }

        var quote = rest[0];
        rest = rest[1..];
        var close = rest.IndexOf(quote);
        if (close <= 0 || close > 40)
        {
            return null;
        }

        foreach (var b in rest[..close])
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)':'))
            {
                return null;
            }
        }

        return Encoding.ASCII.GetString(rest[..close]);
    }
}
