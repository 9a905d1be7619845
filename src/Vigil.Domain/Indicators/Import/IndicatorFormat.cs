namespace Vigil.Domain.Indicators.Import;

/// <summary>The single-file import formats (a MISP feed is several files: <see cref="Misp.MispFeedParser"/>).</summary>
public enum IndicatorFormat
{
    PlainText = 0,
    Csv = 1,
    Ipset = 2,
    Stix = 3,
    MispEvent = 4,
    OpenIoc = 5,
    Xlsx = 6,
    Docx = 7,
}
