namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>The bulletin sheet's columns and the header spellings accepted for each (English and Vietnamese).</summary>
internal static class BulletinColumns
{
    public const string Cve = "cve";
    public const string Product = "product";
    public const string Severity = "severity";
    public const string Cvss = "cvss";
    public const string Exploited = "exploited";
    public const string Fix = "fix";
    public const string Cpe = "cpe";

    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["cve"] = Cve, ["cve id"] = Cve, ["cve_id"] = Cve, ["mã cve"] = Cve, ["ma cve"] = Cve,
        ["product"] = Product, ["affected product"] = Product, ["sản phẩm"] = Product, ["san pham"] = Product, ["sản phẩm bị ảnh hưởng"] = Product,
        ["severity"] = Severity, ["mức độ"] = Severity, ["muc do"] = Severity, ["mức độ nghiêm trọng"] = Severity,
        ["cvss"] = Cvss, ["cvss score"] = Cvss, ["điểm cvss"] = Cvss, ["diem cvss"] = Cvss,
        ["exploited"] = Exploited, ["known exploited"] = Exploited, ["đang bị khai thác"] = Exploited, ["khai thác"] = Exploited, ["bị khai thác"] = Exploited,
        ["fix"] = Fix, ["remediation"] = Fix, ["update"] = Fix, ["bản vá"] = Fix, ["ban va"] = Fix, ["khắc phục"] = Fix, ["biện pháp khắc phục"] = Fix,
        ["cpe"] = Cpe,
    };
}
