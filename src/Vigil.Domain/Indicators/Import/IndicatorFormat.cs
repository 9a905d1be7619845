namespace Vigil.Domain.Indicators.Import;

/// <summary>The import formats; a table (XLSX, DOCX) is read by the caller into rows for <see cref="TableIndicatorParser"/>.</summary>
public enum IndicatorFormat
{
    PlainText = 0,
    Csv = 1,
    Ipset = 2,
    Stix = 3,
    MispEvent = 4,
    OpenIoc = 5,
}
