namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>How an asset's version is ordered against NVD's version bounds.</summary>
public enum VersionScheme
{
    /// <summary>Dotted numbers with letter suffixes: 1.2.10 &gt; 1.2.9, 16.12.10a &gt; 16.12.10.</summary>
    Generic,

    /// <summary>Windows 10.0.build.revision: generic order, but a missing revision makes the answer uncertain.</summary>
    Windows,

    CiscoIos,
    CiscoIosXe,
    CiscoNxOs,
    CiscoAsa,
}
