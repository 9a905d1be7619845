using System.Text;
using System.Xml;
using Vigil.Domain.Common;

using Vigil.Domain.Inventory.Ocs;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>
/// Vigil's OCS reader as it was built on System.Xml's <see cref="XmlReader"/> (with DTDs prohibited, no resolver,
/// characters unchecked), kept as the reference that <see cref="OcsXmlReader"/> must agree with. Its one fix since:
/// a repeated DEVICEID, QUERY or TAG no longer stops it from moving on (it looped for ever).
/// </summary>
internal static class XmlReaderReference
{
    /// <summary>Nested element names beyond this depth inside a section are not kept (no agent nests deeper).</summary>
    private const int MaxFieldDepth = 3;

    public static Result<OcsDocument> Read(byte[] xml)
    {
        var encoding = OcsEncoding.Detect(xml);
        if (!encoding.IsSuccess)
        {
            return encoding.Error!;
        }

        var (textEncoding, preamble) = encoding.Value;
        using var text = new StreamReader(new MemoryStream(xml, preamble, xml.Length - preamble, writable: false), textEncoding, detectEncodingFromByteOrderMarks: false);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            // Agents copy registry strings verbatim; one stray control character must not lose the whole inventory.
            CheckCharacters = false,
            CloseInput = false,
        };

        using var reader = XmlReader.Create(text, settings);
        try
        {
            return ReadRequest(reader);
        }
        catch (XmlException e)
        {
            // Some refusals (a DTD) carry no position of their own; the reader's is the next best.
            var info = (IXmlLineInfo)reader;
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (Math.Max(info.LineNumber, 1), Math.Max(info.LinePosition, 1));
            return Error.Validation("ocs.xml_invalid", Describe(e), $"line {line}, column {column}");
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

    /// <summary>
    /// The first of repeated header elements wins. The later element's text is still read (an argument is always
    /// evaluated, unlike the right side of ??=): the reader must move past it, or the loop over REQUEST never ends.
    /// </summary>
    private static string FirstOf(string? kept, string read) => kept ?? read;

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
