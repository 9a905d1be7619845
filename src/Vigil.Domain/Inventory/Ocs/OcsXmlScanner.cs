using System.Buffers;

namespace Vigil.Domain.Inventory.Ocs;

internal enum OcsXmlNode
{
    None,
    Element,
    EndElement,
    Text,
}

/// <summary>
/// A forward-only reader of well-formed XML 1.0 with namespaces, written for agents' inventories instead of
/// <see cref="System.Xml.XmlReader"/>, which spent most of an OCS report's parsing time on work this use never needs
/// (name tables, line tracking on every character, node objects). It checks what a conforming parser checks and
/// refuses what Vigil refuses: no DTD (so no entity can be declared, expanded or fetched), only the five predefined
/// entities and character references. Comments, processing instructions and whitespace-only text are skipped;
/// text is only turned into a string when asked for. Characters are not checked (agents copy registry strings
/// verbatim, and one stray control character must not lose an inventory); names are.
/// </summary>
internal sealed partial class OcsXmlScanner(char[] chars, int length)
{
    /// <summary>Where markup starts or text needs more than a copy.</summary>
    private static readonly SearchValues<char> TextStops = SearchValues.Create("<&\r]");

    private static readonly SearchValues<char> WhitespaceChars = SearchValues.Create(" \t\r\n");

    private readonly List<OpenElement> _open = [];
    private int _pos;
    private bool _rootSeen;
    private bool _rootClosed;

    // The current node: an element's local name, or a text's raw range.
    private int _nameStart;
    private int _nameLength;
    private int _valueStart;
    private int _valueLength;
    private TextForm _valueForm;
    private string? _decoded;

    /// <summary>How much work turning a text's characters into its value needs.</summary>
    private enum TextForm
    {
        Copy,
        LineEnds,
        LineEndsAndReferences,
    }

    private readonly record struct OpenElement(int NameStart, int NameLength, int PrefixesBefore);

    public OcsXmlNode Node { get; private set; }

    public bool IsEmptyElement { get; private set; }

    /// <summary>As XmlReader counts it: the root element is at 0, its text and children at 1.</summary>
    public int Depth { get; private set; }

    /// <summary>Where the current element's start tag begins, for errors about it.</summary>
    public int ElementOffset { get; private set; }

    public ReadOnlySpan<char> LocalName => chars.AsSpan(_nameStart, _nameLength);

    /// <summary>The text of the current text or CDATA node, references resolved and line ends normalised.</summary>
    public string Value => _decoded ?? (_valueForm == TextForm.Copy
        ? new string(chars, _valueStart, _valueLength)
        : Decode(chars.AsSpan(_valueStart, _valueLength), references: _valueForm == TextForm.LineEndsAndReferences));

    /// <summary>Moves to the next node; false at the end of a complete document. Malformed input throws <see cref="OcsXmlException"/>.</summary>
    public bool Read()
    {
        if (_pos == 0 && StartsWith(0, "<?xml") && _pos + 5 < length && IsWhitespace(chars[5]))
        {
            ReadDeclaration();
        }

        while (_pos < length)
        {
            if (chars[_pos] != '<')
            {
                if (ReadText())
                {
                    return true;
                }

                continue;
            }

            var next = _pos + 1 < length ? chars[_pos + 1] : '\0';
            switch (next)
            {
                case '/':
                    ReadEndTag();
                    return true;
                case '?':
                    SkipProcessingInstruction();
                    break;
                case '!' when StartsWith(_pos, "<!--"):
                    SkipComment();
                    break;
                case '!' when StartsWith(_pos, "<![CDATA["):
                    ReadCData();
                    return true;
                case '!' when StartsWith(_pos, "<!DOCTYPE"):
                    throw new OcsXmlException("A DTD (<!DOCTYPE>) is not accepted: it could declare entities that expand or fetch files.", _pos);
                case '!':
                    throw new OcsXmlException("Unexpected '<!': only comments and CDATA sections start that way here.", _pos);
                default:
                    ReadStartTag();
                    return true;
            }
        }

        if (_open.Count > 0)
        {
            throw new OcsXmlException($"The document ends before </{Name(_open[^1])}> (and any element around it) is closed.", length);
        }

        if (!_rootSeen)
        {
            throw new OcsXmlException("The document has no root element.", length);
        }

        Node = OcsXmlNode.None;
        return false;
    }

    /// <summary>Past the current element and everything in it, as XmlReader.Skip does.</summary>
    public void Skip()
    {
        if (Node == OcsXmlNode.Element && !IsEmptyElement)
        {
            var depth = Depth;
            while (Read() && !(Node == OcsXmlNode.EndElement && Depth == depth))
            {
            }
        }

        Read();
    }

    /// <summary>1-based line and column of a character, counting CR LF, CR and LF each as one line end.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        var text = chars.AsSpan(0, Math.Min(offset, length));
        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOfAny('\r', '\n'); i >= 0; i = text[lineStart..].IndexOfAny('\r', '\n') is var next and >= 0 ? lineStart + next : -1)
        {
            lineStart = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            line++;
        }

        return (line, text.Length - lineStart + 1);
    }

    private bool ReadText()
    {
        var start = _pos;
        var afterSpace = chars.AsSpan(start, length - start).IndexOfAnyExcept(WhitespaceChars);
        if (afterSpace >= 0 && chars[start + afterSpace] == '<')
        {
            // The indentation between tags, most of the text in an agent's document.
            _pos = start + afterSpace;
            return false;
        }

        var form = TextForm.Copy;
        var p = start;
        while (p < length)
        {
            var at = chars.AsSpan(p, length - p).IndexOfAny(TextStops);
            if (at < 0)
            {
                p = length;
                break;
            }

            p += at;
            var c = chars[p];
            if (c == '<')
            {
                break;
            }

            if (c == '&')
            {
                p = SkipReference(p);
                form = TextForm.LineEndsAndReferences;
            }
            else if (c == '\r')
            {
                form = form == TextForm.Copy ? TextForm.LineEnds : form;
                p++;
            }
            else
            {
                if (StartsWith(p, "]]>"))
                {
                    throw new OcsXmlException("']]>' is not allowed in text.", p);
                }

                p++;
            }
        }

        _pos = p;
        var content = chars.AsSpan(start, p - start).IndexOfAnyExcept(WhitespaceChars);
        if (content >= 0 && _open.Count == 0)
        {
            throw new OcsXmlException("Text is not allowed outside the root element.", start + content);
        }

        SetText(start, p - start, form);
        if (form == TextForm.LineEndsAndReferences)
        {
            // Text that only references white space (&#32;) is white space too, as System.Xml reads it.
            _decoded = Decode(chars.AsSpan(start, p - start), references: true);
            content = _decoded.AsSpan().IndexOfAnyExcept(WhitespaceChars);
        }

        return content >= 0;
    }

    private void ReadCData()
    {
        if (_open.Count == 0)
        {
            throw new OcsXmlException("A CDATA section is not allowed outside the root element.", _pos);
        }

        var start = _pos + "<![CDATA[".Length;
        var end = chars.AsSpan(start, length - start).IndexOf("]]>");
        if (end < 0)
        {
            throw new OcsXmlException("The document ends inside a CDATA section.", length);
        }

        _pos = start + end + 3;
        SetText(start, end, chars.AsSpan(start, end).Contains('\r') ? TextForm.LineEnds : TextForm.Copy);
    }

    private void SetText(int start, int count, TextForm form)
    {
        Node = OcsXmlNode.Text;
        IsEmptyElement = false;
        Depth = _open.Count;
        _valueStart = start;
        _valueLength = count;
        _valueForm = form;
        _decoded = null;
    }

    private bool StartsWith(int at, string value) => chars.AsSpan(at, length - at).StartsWith(value, StringComparison.Ordinal);

    private string Name(OpenElement element) => new(chars, element.NameStart, element.NameLength);

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    private int SkipWhitespace(int p)
    {
        var text = chars.AsSpan(0, length);
        while ((uint)p < (uint)text.Length && IsWhitespace(text[p]))
        {
            p++;
        }

        return p;
    }

    private char At(int p)
    {
        if (p >= length)
        {
            ThrowEndInsideMarkup();
        }

        return chars[p];
    }

    // Kept out of At so that At stays small enough to inline.
    private void ThrowEndInsideMarkup() => throw new OcsXmlException("The document ends inside markup.", length);
}

/// <summary>Malformed XML at a character offset of the decoded document.</summary>
internal sealed class OcsXmlException(string message, int offset) : Exception(message)
{
    public int Offset { get; } = offset;
}
