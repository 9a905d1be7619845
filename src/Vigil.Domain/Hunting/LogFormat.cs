namespace Vigil.Domain.Hunting;

/// <summary>The log formats the hunter reads; detected from the first lines of a file.</summary>
public enum LogFormat
{
    /// <summary>Anything else: every token of the text is matched (field "text").</summary>
    Text = 0,
    SuricataEve = 1,
    ZeekTsv = 2,
    ZeekJson = 3,
    Squid = 4,
    WindowsDns = 5,
    WindowsFirewall = 6,
    CiscoAsa = 7,
    CiscoIos = 8,
}
