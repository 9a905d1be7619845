using System.Buffers;
using System.Text;
using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Reads an agent's XML into an <see cref="OcsDocument"/> in one forward pass with <see cref="OcsXmlScanner"/>: DTDs
/// are refused (no entity expansion, no external entities), nothing is resolved or fetched, and the document is
/// bounded in characters.
/// </summary>
internal static class OcsXmlReader
{
    /// <summary>Nested element names beyond this depth inside a section are not kept (no agent nests deeper).</summary>
    private const int MaxFieldDepth = 3;

    public static Result<OcsDocument> Read(ArraySegment<byte> xml, OcsParserOptions options)
    {
        var encoding = OcsEncoding.Detect(xml);
        if (!encoding.IsSuccess)
        {
            return encoding.Error!;
        }

        var (textEncoding, preamble) = encoding.Value;
        var bytes = xml.AsSpan(preamble);
        var mostChars = textEncoding.GetMaxCharCount(bytes.Length);
        if (mostChars > options.MaxCharacters && textEncoding.GetCharCount(bytes) > options.MaxCharacters)
        {
            return Error.Validation("ocs.too_large", $"The document is larger than {options.MaxCharacters} characters.", LocateCharacter(bytes, textEncoding, options.MaxCharacters));
        }

        var chars = ArrayPool<char>.Shared.Rent(mostChars);
        var scanner = new OcsXmlScanner(chars, textEncoding.GetChars(bytes, chars));
        try
        {
            return ReadRequest(scanner, new NameCache());
        }
        catch (OcsXmlException e)
        {
            var (line, column) = scanner.Locate(e.Offset);
            return Error.Validation("ocs.xml_invalid", e.Message, $"line {line}, column {column}");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Line and column of the character at <paramref name="index"/>, decoding a piece at a time.</summary>
    private static string LocateCharacter(ReadOnlySpan<byte> bytes, Encoding encoding, long index)
    {
        var decoder = encoding.GetDecoder();
        var piece = new char[16 * 1024];
        long seen = 0;
        var (line, lineStart) = (1L, 0L);
        var lastWasCr = false;
        for (var at = 0; seen < index && at < bytes.Length;)
        {
            var take = Math.Min(bytes.Length - at, piece.Length);
            decoder.Convert(bytes.Slice(at, take), piece, flush: at + take == bytes.Length, out var used, out var produced, out _);
            at += used;
            for (var i = 0; i < produced && seen < index; i++, seen++)
            {
                var c = piece[i];
                if (c == '\n' && lastWasCr)
                {
                    lineStart = seen + 1;
                }
                else if (c is '\n' or '\r')
                {
                    (line, lineStart) = (line + 1, seen + 1);
                }

                lastWasCr = c == '\r';
            }
        }

        return $"line {line}, column {seen - lineStart + 1}";
    }

    private static Result<OcsDocument> ReadRequest(OcsXmlScanner reader, NameCache names)
    {
        reader.Read();
        if (reader.Node != OcsXmlNode.Element || !reader.LocalName.Equals("REQUEST", StringComparison.OrdinalIgnoreCase))
        {
            var (line, column) = reader.Locate(reader.ElementOffset);
            return Error.Validation("ocs.not_a_request", "The document is not an OCS Inventory <REQUEST>.", $"line {line}, column {column}");
        }

        var document = new OcsDocument();
        if (reader.IsEmptyElement)
        {
            ReadToEnd(reader);
            return document;
        }

        reader.Read();
        while (reader.Node != OcsXmlNode.EndElement)
        {
            if (reader.Node != OcsXmlNode.Element)
            {
                reader.Read();
                continue;
            }

            switch (names.Upper(reader.LocalName))
            {
                case "CONTENT":
                    document.HasContent = true;
                    ReadContent(reader, document, names);
                    break;
                case "DEVICEID":
                    document.DeviceId = FirstOf(document.DeviceId, ReadText(reader));
                    break;
                case "QUERY":
                    document.Query = FirstOf(document.Query, ReadText(reader));
                    break;
                case "TAG":
                    document.RequestTag = FirstOf(document.RequestTag, ReadText(reader));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        ReadToEnd(reader);
        return document;
    }

    /// <summary>Reading to the end makes the scanner see (and refuse) anything malformed after the root element.</summary>
    private static void ReadToEnd(OcsXmlScanner reader)
    {
        while (reader.Read())
        {
        }
    }

    private static void ReadContent(OcsXmlScanner reader, OcsDocument document, NameCache names)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (reader.Node != OcsXmlNode.EndElement)
        {
            if (reader.Node != OcsXmlNode.Element)
            {
                reader.Read();
                continue;
            }

            var name = names.Upper(reader.LocalName);
            if (OcsDocument.KeptSections.Contains(name))
            {
                document.Add(ReadSection(reader, name, names));
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }

    /// <summary>Flattens one section without recursion: the path of open elements names each text value.</summary>
    private static OcsSection ReadSection(OcsXmlScanner reader, string name, NameCache names)
    {
        var section = new OcsSection(name);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return section;
        }

        var path = new List<string>();
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Node == OcsXmlNode.EndElement && reader.Depth == depth))
        {
            switch (reader.Node)
            {
                case OcsXmlNode.Element when !reader.IsEmptyElement:
                    path.Add(names.Upper(reader.LocalName));
                    break;
                case OcsXmlNode.EndElement:
                    path.RemoveAt(path.Count - 1);
                    break;
                case OcsXmlNode.Text when path.Count <= MaxFieldDepth:
                    section.Add(path.Count switch { 0 => "", 1 => path[0], _ => string.Join('/', path) }, reader.Value);
                    break;
            }

            reader.Read();
        }

        reader.Read();
        return section;
    }

    /// <summary>
    /// The first of repeated header elements wins. The later element's text is still read (an argument is always
    /// evaluated, unlike the right side of ??=): the reader must move past it, or the loop over REQUEST never ends.
    /// </summary>
    private static string FirstOf(string? kept, string read) => kept ?? read;

    /// <summary>The text of a leaf element; text inside unexpected child elements is joined in.</summary>
    private static string ReadText(OcsXmlScanner reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.Node == OcsXmlNode.EndElement && reader.Depth == depth))
        {
            if (reader.Node == OcsXmlNode.Text && text.Length < OcsValues.MaxValueLength)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }

    /// <summary>Upper-cased element names, made once per distinct name in a document rather than once per element.</summary>
    private sealed class NameCache
    {
        /// <summary>The last name seen in each slot: agents repeat the same few names, so most lookups end here unhashed.</summary>
        private readonly (string? Name, string Upper)[] _recent = new (string?, string)[64];

        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _upper =
            new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        public string Upper(ReadOnlySpan<char> name)
        {
            ref var recent = ref _recent[((name.Length * 7) + name[0] + (name[^1] * 3)) & 63];
            if (recent.Name is { } seen && name.SequenceEqual(seen))
            {
                return recent.Upper;
            }

            var original = name.ToString();
            if (!_upper.TryGetValue(name, out var upper))
            {
                upper = original.ToUpperInvariant();
                _upper.Dictionary[original] = upper;
            }

            recent = (original, upper);
            return upper;
        }
    }
}
