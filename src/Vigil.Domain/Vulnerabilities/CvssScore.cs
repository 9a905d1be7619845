namespace Vigil.Domain.Vulnerabilities;

/// <param name="Version">"3.1", "3.0" or "2.0".</param>
/// <param name="Score">The base score, 0.0–10.0.</param>
/// <param name="Severity">NONE, LOW, MEDIUM, HIGH or CRITICAL as the source wrote it (v2 records give LOW/MEDIUM/HIGH).</param>
/// <param name="Vector">The vector string, when given.</param>
public sealed record CvssScore(string Version, decimal Score, string Severity, string? Vector)
{
    /// <summary>The CVSS v3 qualitative rating of a score, for sources that give a score only.</summary>
    public static string SeverityOf(decimal score) => score switch
    {
        0m => "NONE",
        < 4.0m => "LOW",
        < 7.0m => "MEDIUM",
        < 9.0m => "HIGH",
        _ => "CRITICAL",
    };
}
