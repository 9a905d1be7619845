using System.Text;
using System.Xml;
using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Reads an agent's XML into an <see cref="OcsDocument"/> in one forward pass. DTDs are refused (no entity
/// expansion, no external entities), nothing is resolved, and the document is bounded in characters.
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
        using var text = new StreamReader(new MemoryStream(xml.Array!, xml.Offset + preamble, xml.Count - preamble, writable: false), textEncoding, detectEncodingFromByteOrderMarks: false);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            // Agents copy registry strings verbatim; one stray control character must not lose the whole inventory.
            CheckCharacters = false,
            CloseInput = false,
        };

        using var counted = new CountingTextReader(text);
        using var reader = XmlReader.Create(counted, settings);
        try
        {
            return ReadRequest(reader);
        }
        catch (XmlException e)
        {
            // Some refusals (a DTD) carry no position of their own; the reader's is the next best.
            var info = (IXmlLineInfo)reader;
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (Math.Max(info.LineNumber, 1), Math.Max(info.LinePosition, 1));
            var location = $"line {line}, column {column}";
            return counted.Count >= options.MaxCharacters
                ? Error.Validation("ocs.too_large", $"The document is larger than {options.MaxCharacters} characters.", location)
                : Error.Validation("ocs.xml_invalid", Describe(e), location);
        }
    }

    /// <summary>XmlException messages end with the position, which the error carries separately.</summary>
    private static string Describe(XmlException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static Result<OcsDocument> ReadRequest(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || !string.Equals(reader.LocalName, "REQUEST", StringComparison.OrdinalIgnoreCase))
        {
            var info = (IXmlLineInfo)reader;
            return Error.Validation("ocs.not_a_request", "The document is not an OCS Inventory <REQUEST>.", $"line {info.LineNumber}, column {info.LinePosition}");
        }

        var document = new OcsDocument();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return document;
        }

        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName.ToUpperInvariant())
            {
                case "CONTENT":
                    document.HasContent = true;
                    ReadContent(reader, document);
                    break;
                case "DEVICEID":
                    document.DeviceId ??= ReadText(reader);
                    break;
                case "QUERY":
                    document.Query ??= ReadText(reader);
                    break;
                case "TAG":
                    document.RequestTag ??= ReadText(reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // Reading to the end makes the parser see (and refuse) anything malformed after </REQUEST>.
        while (reader.Read())
        {
        }

        return document;
    }

    private static void ReadContent(XmlReader reader, OcsDocument document)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var name = reader.LocalName.ToUpperInvariant();
            if (OcsDocument.KeptSections.Contains(name))
            {
                document.Add(ReadSection(reader, name));
            }
            else
            {
                reader.Skip();
            }
        }

        reader.Read();
    }

    /// <summary>Flattens one section without recursion: the path of open elements names each text value.</summary>
    private static OcsSection ReadSection(XmlReader reader, string name)
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
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!reader.IsEmptyElement)
                    {
                        path.Add(reader.LocalName.ToUpperInvariant());
                    }

                    break;
                case XmlNodeType.EndElement:
                    path.RemoveAt(path.Count - 1);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    if (path.Count <= MaxFieldDepth)
                    {
                        section.Add(string.Join('/', path), reader.Value);
                    }

                    break;
            }

            reader.Read();
        }

        reader.Read();
        return section;
    }

    /// <summary>The text of a leaf element; text inside unexpected child elements is joined in.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && text.Length < OcsValues.MaxValueLength)
            {
                text.Append(reader.Value);
            }

            reader.Read();
        }

        reader.Read();
        return text.ToString();
    }
}
