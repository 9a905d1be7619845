namespace Vigil.Domain.Indicators.Import;

/// <summary>One entry point for a single uploaded file: picks the format (from the name and the first bytes) and parses it.</summary>
public static class IndicatorImport
{
    public static ImportReport Parse(IndicatorFormat format, ReadOnlySpan<byte> content, string fileName, IndicatorImportOptions? options = null) => format switch
    {
        IndicatorFormat.Csv => CsvIndicatorParser.Parse(content, fileName, options),
        IndicatorFormat.Ipset => IpsetIndicatorParser.Parse(content, fileName, options),
        IndicatorFormat.Stix => Stix.StixBundleParser.Parse(content, fileName, options),
        IndicatorFormat.MispEvent => Misp.MispEventParser.Parse(content, fileName, options),
        IndicatorFormat.OpenIoc => OpenIocParser.Parse(content, fileName, options),
        IndicatorFormat.Xlsx => OfficeIndicatorParser.ParseXlsx(content, fileName, options),
        IndicatorFormat.Docx => OfficeIndicatorParser.ParseDocx(content, fileName, options),
        IndicatorFormat.MispFeed => Misp.MispFeedArchive.Parse(content, fileName, options),
        _ => PlainTextIndicatorParser.Parse(content, fileName, options),
    };

    /// <summary>
    /// The likely format: JSON with "objects"/"type":"bundle" is STIX, JSON with "Event"/"Attribute" is MISP, XML with
    /// &lt;ioc is OpenIOC, a ZIP package is XLSX (DOCX when named .docx, a MISP feed when it holds manifest.json), .csv is CSV, .ipset/.netset is ipset; anything else is plain text. A MISP feed directory is not a
    /// single file: use <see cref="Misp.MispFeedParser"/>.
    /// </summary>
    public static IndicatorFormat Detect(string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.StartsWith("PK\u0003\u0004"u8))
        {
            return extension == ".docx" ? IndicatorFormat.Docx
                : Misp.MispFeedArchive.IsFeed(content) ? IndicatorFormat.MispFeed
                : IndicatorFormat.Xlsx;
        }

        var head = ImportText.Decode(content[..Math.Min(content.Length, 4096)]).TrimStart();
        if (head.StartsWith('{') || head.StartsWith('['))
        {
            return head.Contains("\"Event\"", StringComparison.Ordinal) || head.Contains("\"Attribute\"", StringComparison.Ordinal) || head.Contains("\"Object\"", StringComparison.Ordinal)
                ? IndicatorFormat.MispEvent
                : IndicatorFormat.Stix;
        }

        if (head.StartsWith('<') && head.Contains("<ioc", StringComparison.Ordinal))
        {
            return IndicatorFormat.OpenIoc;
        }

        return extension switch
        {
            ".csv" or ".tsv" => IndicatorFormat.Csv,
            ".ipset" or ".netset" => IndicatorFormat.Ipset,
            ".ioc" => IndicatorFormat.OpenIoc,
            _ => IndicatorFormat.PlainText,
        };
    }
}
