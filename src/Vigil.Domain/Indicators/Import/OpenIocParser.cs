using System.Xml;
using System.Xml.Linq;

namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// OpenIOC 1.0 (Mandiant, http://schemas.mandiant.com/2010/ioc). An IndicatorItem is imported when it sits in an OR
/// chain from the definition (each OR'd item alone identifies the threat), its condition is "is" and its
/// Context search names a value type: FileItem/Md5sum, Sha1sum, Sha256sum, FileItem/FileName,
/// Email/Attachment/Name, Network/DNS, DnsEntryItem/RecordName, DnsEntryItem/Host, PortItem/remoteIP,
/// Email/From, UrlHistoryItem/URL. Such an item under an AND (it only matters together with other conditions) or
/// with "contains"/"isnot" is rejected as unsupported; items about host artefacts (processes, registry, services)
/// are skipped. The DTD is prohibited; short_description becomes the family, description the description.
/// </summary>
public static class OpenIocParser
{
    public static ImportReport Parse(ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null)
    {
        var collector = new ImportCollector(fileName, options ?? IndicatorImportOptions.Default);
        if (!collector.CheckSize(content.Length))
        {
            return collector.Report();
        }

        var document = Load(collector, content.ToArray());
        if (document?.Root is not { } root)
        {
            return collector.Report();
        }

        if (root.Name.LocalName != "ioc")
        {
            collector.Reject(collector.At(LineOf(root), "/" + root.Name.LocalName), ImportCodes.Malformed, "Not an OpenIOC document: the root element is not <ioc>.");
            return collector.Report();
        }

        var family = Child(root, "short_description")?.Value.Trim();
        var description = Child(root, "description")?.Value.Trim();
        var definition = Child(root, "definition");
        if (definition is null)
        {
            collector.Reject(collector.At(LineOf(root), "/ioc"), ImportCodes.Malformed, "The <ioc> has no <definition>.");
            return collector.Report();
        }

        Indicator Enrich(Indicator indicator) => indicator with
        {
            Family = string.IsNullOrEmpty(family) ? indicator.Family : family,
            Description = string.IsNullOrEmpty(description) ? indicator.Description : description,
        };

        foreach (var indicator in definition.Elements().Where(e => e.Name.LocalName == "Indicator"))
        {
            Walk(collector, indicator, null, Enrich);
        }

        return collector.Report();
    }

    /// <param name="andContext">Null while the chain from the definition is all OR; otherwise the AND that constrains the items.</param>
    private static void Walk(ImportCollector collector, XElement indicator, XElement? andContext, Func<Indicator, Indicator> enrich)
    {
        var children = indicator.Elements().Where(e => e.Name.LocalName is "Indicator" or "IndicatorItem").ToList();
        var isAnd = string.Equals((string?)indicator.Attribute("operator"), "AND", StringComparison.OrdinalIgnoreCase) && children.Count > 1;
        var context = andContext ?? (isAnd ? indicator : null);
        foreach (var child in children)
        {
            if (collector.Full)
            {
                return;
            }

            if (child.Name.LocalName == "Indicator")
            {
                Walk(collector, child, context, enrich);
            }
            else
            {
                ReadItem(collector, child, context, enrich);
            }
        }
    }

    private static void ReadItem(ImportCollector collector, XElement item, XElement? andContext, Func<Indicator, Indicator> enrich)
    {
        var location = collector.At(LineOf(item), "IndicatorItem " + ((string?)item.Attribute("id") ?? "(no id)"));
        var search = (string?)Child(item, "Context")?.Attribute("search");
        var contentElement = Child(item, "Content");
        var value = contentElement?.Value.Trim();
        var condition = ((string?)item.Attribute("condition"))?.Trim() ?? "is";
        var type = MapSearch(search, (string?)contentElement?.Attribute("type"));
        if (type is null)
        {
            collector.Skip(location, ImportCodes.NotApplicable, $"{search ?? "no search"}: not a value type Vigil enforces", value);
            return;
        }

        if (string.IsNullOrEmpty(value))
        {
            collector.Reject(location, ImportCodes.Malformed, "The IndicatorItem has no Content.");
            return;
        }

        if (andContext is not null)
        {
            var others = andContext.Descendants().Count(e => e.Name.LocalName == "IndicatorItem") - 1;
            collector.Reject(location, ImportCodes.Unsupported,
                $"{search} is part of an AND combination with {others} other condition(s) (line {LineOf(andContext)}); only OR'd items are imported.", value);
            return;
        }

        if (!string.Equals(condition, "is", StringComparison.OrdinalIgnoreCase))
        {
            collector.Reject(location, ImportCodes.Unsupported, $"condition \"{condition}\" is not an exact value; only \"is\" is imported.", value);
            return;
        }

        collector.Add(location, value, ImportFields.ParseAs(type.Value, value), enrich);
    }

    private static IndicatorType? MapSearch(string? search, string? contentType) => search switch
    {
        "FileItem/Md5sum" => IndicatorType.Md5,
        "FileItem/Sha1sum" => IndicatorType.Sha1,
        "FileItem/Sha256sum" => IndicatorType.Sha256,
        "FileItem/FileName" or "Email/Attachment/Name" => IndicatorType.FileName,
        "Network/DNS" or "DnsEntryItem/RecordName" or "DnsEntryItem/Host" => IndicatorType.Domain,
        "PortItem/remoteIP" or "ProcessItem/PortList/PortItem/remoteIP" => IndicatorType.Ipv4,
        "Email/From" => IndicatorType.Email,
        "UrlHistoryItem/URL" => IndicatorType.Url,
        _ => contentType?.ToLowerInvariant() switch
        {
            "md5" => IndicatorType.Md5,
            "sha1" => IndicatorType.Sha1,
            "sha256" => IndicatorType.Sha256,
            _ => null,
        },
    };

    private static XDocument? Load(ImportCollector collector, byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = collector.Options.MaxBytes,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            collector.Reject(collector.At(e.LineNumber > 0 ? e.LineNumber : null, "document"), ImportCodes.Malformed, "The file is not well-formed XML: " + e.Message);
            return null;
        }
    }

    private static XElement? Child(XElement element, string localName) => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static int? LineOf(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : null;
}
