namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>Stable error codes of the vulnerability importers (the API returns them; pages translate them).</summary>
public static class VulnImportCodes
{
    public const string Empty = "vulnerabilities.empty";
    public const string TooLarge = "vulnerabilities.too_large";
    public const string NotJson = "vulnerabilities.not_json";
    public const string NotGzip = "vulnerabilities.not_gzip";
    public const string Shape = "vulnerabilities.unexpected_shape";
    public const string CveId = "vulnerabilities.cve_id_invalid";
    public const string Cpe = "vulnerabilities.cpe_invalid";
    public const string Date = "vulnerabilities.date_invalid";
    public const string Score = "vulnerabilities.score_invalid";
    public const string MissingColumn = "vulnerabilities.column_missing";
    public const string Required = "vulnerabilities.value_required";
    public const string Csv = "vulnerabilities.csv_invalid";
    public const string Duplicate = "vulnerabilities.duplicate";
}
