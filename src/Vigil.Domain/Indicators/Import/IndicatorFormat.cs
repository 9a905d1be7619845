namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// The single-file import formats. A MISP feed is several files: a directory goes through
/// <see cref="Misp.MispFeedParser"/>, a ZIP of one is <see cref="MispFeed"/>.
/// </summary>
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

    /// <summary>A MISP feed (manifest.json and event files) in one ZIP upload.</summary>
    MispFeed = 8,
}
