namespace Vigil.Domain.Indicators.Import;

/// <summary>Where an item is: the file and a line (text, CSV, tables), a JSON path (STIX, MISP) or an XML element (OpenIOC).</summary>
public sealed record ImportLocation(string File, int? Line = null, string? Path = null)
{
    /// <summary>"feed.txt:12", "bundle.json $.objects[3].pattern", "x.ioc line 20 /ioc/definition/Indicator/IndicatorItem[2]".</summary>
    public override string ToString() => (Line, Path) switch
    {
        (null, null) => File,
        (not null, null) => $"{File}:{Line}",
        (null, not null) => $"{File} {Path}",
        _ => $"{File}:{Line} {Path}",
    };
}
