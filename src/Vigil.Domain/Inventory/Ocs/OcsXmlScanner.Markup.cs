using System.Buffers;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>Tags, the XML declaration, comments, processing instructions and namespace prefixes.</summary>
internal sealed partial class OcsXmlScanner
{
    /// <summary>Beyond this many attributes on one tag, duplicates are found with a set instead of by comparing pairs.</summary>
    private const int AttributesComparedPairwise = 8;

    private static readonly SearchValues<char> AsciiNameChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.");

    private readonly List<(int Start, int Length, int Colon)> _attributes = [];
    private readonly HashSet<string> _attributeNames = new(StringComparer.Ordinal);

    /// <summary>Namespace prefixes declared by the open elements, innermost last.</summary>
    private readonly List<string> _prefixes = [];

    private void ReadStartTag()
    {
        if (_rootClosed)
        {
            throw new OcsXmlException("A document has one root element; a second one starts here.", _pos);
        }

        var nameStart = _pos + 1;
        var (nameEnd, colon) = ReadQName(nameStart);
        var prefixesBefore = _prefixes.Count;
        _attributes.Clear();
        _attributeNames.Clear();
        var p = nameEnd;
        bool empty;
        while (true)
        {
            var next = SkipWhitespace(p);
            var c = At(next);
            if (c == '>')
            {
                (p, empty) = (next + 1, false);
                break;
            }

            if (c == '/')
            {
                if (At(next + 1) != '>')
                {
                    throw new OcsXmlException("Expected '>' after '/' in a tag.", next + 1);
                }

                (p, empty) = (next + 2, true);
                break;
            }

            if (next == p)
            {
                throw new OcsXmlException($"Expected white space, '>' or '/>' in the tag, not '{c}'.", p);
            }

            p = ReadAttribute(next);
        }

        CheckPrefix(nameStart, colon, isAttribute: false);
        foreach (var (start, _, attributeColon) in _attributes)
        {
            CheckPrefix(start, attributeColon, isAttribute: true);
        }

        ElementOffset = _pos;
        _pos = p;
        _rootSeen = true;
        Node = OcsXmlNode.Element;
        IsEmptyElement = empty;
        Depth = _open.Count;
        SetName(nameStart, nameEnd, colon);
        if (!empty)
        {
            _open.Add(new OpenElement(nameStart, nameEnd - nameStart, prefixesBefore));
            return;
        }

        TruncatePrefixes(prefixesBefore);
        _rootClosed = _open.Count == 0;
    }

    private int ReadAttribute(int start)
    {
        var (nameEnd, colon) = ReadQName(start);
        var name = chars.AsSpan(start, nameEnd - start);
        if (IsDuplicate(name))
        {
            throw new OcsXmlException($"The attribute '{name}' appears twice in one tag.", start);
        }

        _attributes.Add((start, name.Length, colon));
        var p = SkipWhitespace(nameEnd);
        if (At(p) != '=')
        {
            throw new OcsXmlException($"Expected '=' after the attribute name '{name}'.", p);
        }

        p = SkipWhitespace(p + 1);
        var quote = At(p);
        if (quote is not ('"' or '\''))
        {
            throw new OcsXmlException("An attribute value must be in quotes.", p);
        }

        var valueStart = ++p;
        while (true)
        {
            var at = chars.AsSpan(p, length - p).IndexOfAny(quote, '<', '&');
            if (at < 0)
            {
                throw new OcsXmlException("The document ends inside an attribute value.", length);
            }

            p += at;
            if (chars[p] == quote)
            {
                break;
            }

            if (chars[p] == '<')
            {
                throw new OcsXmlException("'<' is not allowed in an attribute value.", p);
            }

            p = SkipReference(p);
        }

        if (colon >= 0 && name[..(colon - start)] is "xmlns")
        {
            var prefix = chars.AsSpan(colon + 1, nameEnd - colon - 1);
            if (p == valueStart || prefix is "xmlns")
            {
                throw new OcsXmlException($"The prefix '{prefix}' cannot be declared this way.", start);
            }

            _prefixes.Add(prefix.ToString());
        }

        return p + 1;
    }

    private bool IsDuplicate(ReadOnlySpan<char> name)
    {
        if (_attributes.Count < AttributesComparedPairwise)
        {
            foreach (var (otherStart, otherLength, _) in _attributes)
            {
                if (chars.AsSpan(otherStart, otherLength).SequenceEqual(name))
                {
                    return true;
                }
            }

            return false;
        }

        if (_attributeNames.Count == 0)
        {
            foreach (var (otherStart, otherLength, _) in _attributes)
            {
                _attributeNames.Add(new string(chars, otherStart, otherLength));
            }
        }

        return !_attributeNames.Add(name.ToString());
    }

    /// <summary>A prefixed name must use a prefix declared on this element or one around it.</summary>
    private void CheckPrefix(int nameStart, int colon, bool isAttribute)
    {
        if (colon < 0)
        {
            return;
        }

        var prefix = chars.AsSpan(nameStart, colon - nameStart);
        if (prefix is "xml" || (isAttribute && prefix is "xmlns"))
        {
            return;
        }

        for (var i = _prefixes.Count - 1; i >= 0; i--)
        {
            if (prefix.SequenceEqual(_prefixes[i]))
            {
                return;
            }
        }

        throw new OcsXmlException($"The namespace prefix '{prefix}' is not declared.", nameStart);
    }

    private void TruncatePrefixes(int count)
    {
        if (_prefixes.Count > count)
        {
            _prefixes.RemoveRange(count, _prefixes.Count - count);
        }
    }

    private void ReadEndTag()
    {
        var nameStart = _pos + 2;
        var (nameEnd, colon) = ReadQName(nameStart);
        var p = SkipWhitespace(nameEnd);
        if (At(p) != '>')
        {
            throw new OcsXmlException("Expected '>' to close the end tag.", p);
        }

        if (_open.Count == 0)
        {
            throw new OcsXmlException("An end tag without its start tag.", nameStart);
        }

        var open = _open[^1];
        if (!chars.AsSpan(open.NameStart, open.NameLength).SequenceEqual(chars.AsSpan(nameStart, nameEnd - nameStart)))
        {
            var (line, column) = Locate(open.NameStart);
            throw new OcsXmlException(
                $"The end tag </{chars.AsSpan(nameStart, nameEnd - nameStart)}> does not match the start tag <{Name(open)}> of line {line}, column {column}.", nameStart);
        }

        _open.RemoveAt(_open.Count - 1);
        TruncatePrefixes(open.PrefixesBefore);
        _pos = p + 1;
        Node = OcsXmlNode.EndElement;
        IsEmptyElement = false;
        Depth = _open.Count;
        SetName(nameStart, nameEnd, colon);
        _rootClosed = _open.Count == 0;
    }

    private void SetName(int nameStart, int nameEnd, int colon)
    {
        _nameStart = colon >= 0 ? colon + 1 : nameStart;
        _nameLength = nameEnd - _nameStart;
    }

    /// <summary>A name with at most one colon, each part starting with a name-start character.</summary>
    private (int End, int Colon) ReadQName(int start)
    {
        if (!IsNameStart(start))
        {
            throw new OcsXmlException(start >= length ? "The document ends inside markup." : $"A name cannot begin with '{chars[start]}'.", start);
        }

        var p = start + 1;
        var colon = -1;
        while (p < length)
        {
            // Runs of ASCII name characters in one vectorised step; only ':' and other characters come back here.
            var run = chars.AsSpan(p, length - p).IndexOfAnyExcept(AsciiNameChars);
            p = run < 0 ? length : p + run;
            if (p >= length)
            {
                break;
            }

            if (chars[p] == ':')
            {
                if (colon >= 0)
                {
                    throw new OcsXmlException("A name can hold one ':' at most.", p);
                }

                colon = p++;
                if (!IsNameStart(p))
                {
                    throw new OcsXmlException(p >= length ? "The document ends inside markup." : $"A name cannot continue with '{chars[p]}' after ':'.", p);
                }

                p++;
                continue;
            }

            if (!IsNameChar(p))
            {
                break;
            }

            p++;
        }

        return (p, colon);
    }

    /// <summary>The <c>&lt;?xml version="1.0" encoding="…" standalone="…"?&gt;</c> at the very start, in that order.</summary>
    private void ReadDeclaration()
    {
        var p = 5;
        var seen = 0;
        while (true)
        {
            var next = SkipWhitespace(p);
            if (StartsWith(next, "?>"))
            {
                _pos = next + 2;
                break;
            }

            if (next == p)
            {
                throw new OcsXmlException("Expected white space or '?>' in the XML declaration.", next);
            }

            var nameEnd = next;
            while (nameEnd < length && char.IsAsciiLetter(chars[nameEnd]))
            {
                nameEnd++;
            }

            var name = chars.AsSpan(next, nameEnd - next);
            var order = name switch { "version" => 1, "encoding" => 2, "standalone" => 3, _ => 0 };
            if (order <= seen || (seen == 0 && order != 1))
            {
                throw new OcsXmlException(seen == 0 ? "The XML declaration must start with its version." : $"Unexpected '{name}' in the XML declaration.", next);
            }

            p = SkipWhitespace(nameEnd);
            if (At(p) != '=')
            {
                throw new OcsXmlException($"Expected '=' after '{name}' in the XML declaration.", p);
            }

            p = SkipWhitespace(p + 1);
            var quote = At(p);
            var close = quote is '"' or '\'' ? chars.AsSpan(p + 1, length - p - 1).IndexOfAny(quote, '<') : -1;
            if (close < 0 || chars[p + 1 + close] != quote)
            {
                throw new OcsXmlException($"The value of '{name}' in the XML declaration must be in quotes.", p);
            }

            var value = chars.AsSpan(p + 1, close);
            if (!IsDeclarationValue(order, value))
            {
                throw new OcsXmlException($"'{value}' is not a valid {name} in the XML declaration.", p + 1);
            }

            seen = order;
            p += close + 2;
        }
    }

    /// <summary>
    /// As System.Xml accepts them. The encoding's name is not checked beyond its characters: <see cref="OcsEncoding"/>
    /// chose the encoding from the bytes before decoding.
    /// </summary>
    private static bool IsDeclarationValue(int order, ReadOnlySpan<char> value) => order switch
    {
        1 => value.TrimEnd(' ') is "1.0",
        2 => !value.ContainsAny("&<>\"'"),
        _ => value is "yes" or "no",
    };

    private void SkipProcessingInstruction()
    {
        var targetStart = _pos + 2;
        var (targetEnd, colon) = ReadQName(targetStart);
        var target = chars.AsSpan(targetStart, targetEnd - targetStart);
        if (colon >= 0 || target.Equals("xml", StringComparison.OrdinalIgnoreCase))
        {
            throw new OcsXmlException(colon >= 0 ? "A processing instruction's name cannot hold ':'." : "An XML declaration is only allowed at the very start of the document.", targetStart);
        }

        if (!StartsWith(targetEnd, "?>") && !(targetEnd < length && IsWhitespace(chars[targetEnd])))
        {
            throw new OcsXmlException("Expected white space or '?>' after a processing instruction's name.", targetEnd);
        }

        var end = chars.AsSpan(targetEnd, length - targetEnd).IndexOf("?>");
        if (end < 0)
        {
            throw new OcsXmlException("The document ends inside a processing instruction.", length);
        }

        _pos = targetEnd + end + 2;
    }

    private void SkipComment()
    {
        var start = _pos + 4;
        var dashes = chars.AsSpan(start, length - start).IndexOf("--");
        if (dashes < 0)
        {
            throw new OcsXmlException("The document ends inside a comment.", length);
        }

        if (At(start + dashes + 2) != '>')
        {
            throw new OcsXmlException("A comment cannot contain '--'.", start + dashes);
        }

        _pos = start + dashes + 3;
    }
}
