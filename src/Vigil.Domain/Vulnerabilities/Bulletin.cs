namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// A vulnerability bulletin as an authority or vendor publishes it (a national CERT's list, a CSAF advisory, a
/// spreadsheet): a numbered document naming CVEs, the products they hit, how bad they are and what fixes them.
/// </summary>
public sealed record Bulletin
{
    public required string DocumentNumber { get; init; }

    public DateOnly? Date { get; init; }

    public string Title { get; init; } = "";

    public IReadOnlyList<BulletinRow> Rows { get; init; } = [];

    /// <summary>The distinct CVE ids of the rows, in first-seen order.</summary>
    public IReadOnlyList<string> CveIds => Rows.Select(r => r.CveId).Distinct(StringComparer.Ordinal).ToList();
}
