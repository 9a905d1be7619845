using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>
/// Reads a CSAF 2.0 advisory (csaf_security_advisory / csaf_vex) into a <see cref="Bulletin"/>: tracking id, initial
/// release date and title; per vulnerability and affected product (product_status known_affected, first_affected,
/// last_affected) a row with the product's full name and CPE helper from product_tree, the CVSS v3 score covering it,
/// exploitation from threats (category exploit_status, Microsoft's "Exploited:Yes") and the vendor_fix remediations
/// naming it — where Microsoft's advisories carry the KB numbers NVD lacks.
/// </summary>
public static partial class CsafImporter
{
    private static readonly string[] Affected = ["known_affected", "first_affected", "last_affected"];

    public static VulnImportResult<Bulletin> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return VulnImportResult<Bulletin>.Fail(fileName, VulnImportCodes.Empty, "The file is empty.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 128 });
        }
        catch (JsonException e)
        {
            return VulnImportResult<Bulletin>.Fail(fileName, VulnImportCodes.NotJson, $"The file is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var meta = JsonValues.Object(root, "document");
            var tracking = JsonValues.Object(meta, "tracking");
            var id = JsonValues.Text(tracking, "id");
            if (meta.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(id))
            {
                return VulnImportResult<Bulletin>.Fail(fileName, VulnImportCodes.Shape, "The file is not a CSAF 2.0 document (no document.tracking.id).");
            }

            var products = new Dictionary<string, (string Name, string? Cpe)>(StringComparer.Ordinal);
            var tree = JsonValues.Object(root, "product_tree");
            Branches(tree, products);
            foreach (var full in JsonValues.Array(tree, "full_product_names"))
            {
                AddProduct(full, products);
            }

            foreach (var relationship in JsonValues.Array(tree, "relationships"))
            {
                AddProduct(JsonValues.Object(relationship, "full_product_name"), products);
            }

            var rows = new List<BulletinRow>();
            var errors = new List<VulnImportError>();
            var i = 0;
            foreach (var vulnerability in JsonValues.Array(root, "vulnerabilities"))
            {
                Vulnerability(fileName, $"vulnerabilities[{i}]", vulnerability, products, rows, errors);
                i++;
            }

            var bulletin = new Bulletin
            {
                DocumentNumber = id.Trim(),
                Date = JsonValues.Date(JsonValues.Text(tracking, "initial_release_date")),
                Title = JsonValues.Text(meta, "title") ?? "",
                Rows = rows,
            };
            return errors.Count == 0 ? new([bulletin], []) : new([], errors);
        }
    }

    private static void Vulnerability(string file, string path, JsonElement v, Dictionary<string, (string Name, string? Cpe)> products, List<BulletinRow> rows, List<VulnImportError> errors)
    {
        var cveText = JsonValues.Text(v, "cve");
        if (cveText is null)
        {
            // CSAF allows vulnerabilities known only by other ids; a bulletin here is about CVEs.
            return;
        }

        var cve = CveIds.Normalize(cveText);
        if (cve is null)
        {
            errors.Add(new VulnImportError(file, null, path + ".cve", VulnImportCodes.CveId, $"'{cveText}' is not a CVE id."));
            return;
        }

        var status = JsonValues.Object(v, "product_status");
        var affected = Affected.SelectMany(k => JsonValues.Array(status, k))
            .Select(JsonValues.String).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var exploitedAll = false;
        var exploitedFor = new HashSet<string>(StringComparer.Ordinal);
        foreach (var threat in JsonValues.Array(v, "threats").Where(t => JsonValues.Text(t, "category") == "exploit_status"))
        {
            var details = JsonValues.Text(threat, "details") ?? "";
            if (!ExploitedYes().IsMatch(details))
            {
                continue;
            }

            var ids = Ids(threat, "product_ids");
            if (ids.Count == 0)
            {
                exploitedAll = true;
            }

            exploitedFor.UnionWith(ids);
        }

        foreach (var productId in affected)
        {
            var (name, cpe) = products.GetValueOrDefault(productId, (productId, null));
            var score = JsonValues.Array(v, "scores").FirstOrDefault(s => Ids(s, "products").Contains(productId));
            var cvss3 = JsonValues.Object(score, "cvss_v3");
            var baseScore = JsonValues.Number(cvss3, "baseScore") ?? JsonValues.Number(JsonValues.Object(score, "cvss_v2"), "baseScore");
            var fixes = JsonValues.Array(v, "remediations")
                .Where(r => JsonValues.Text(r, "category") == "vendor_fix" && Ids(r, "product_ids").Contains(productId)).ToList();
            var fixText = string.Join("; ", fixes.Select(r => JsonValues.Text(r, "details") ?? "").Where(t => t.Length > 0));
            var kbs = fixes.SelectMany(r => KbNumbers(JsonValues.Text(r, "details")).Concat(KbNumbers(JsonValues.Text(r, "url"))))
                .Distinct(StringComparer.Ordinal).ToList();
            rows.Add(new BulletinRow
            {
                CveId = cve,
                Product = name,
                Cpe = cpe,
                Cvss = baseScore is >= 0 and <= 10 ? baseScore : null,
                Severity = JsonValues.Text(cvss3, "baseSeverity") ?? (baseScore is { } b and >= 0 and <= 10 ? CvssScore.SeverityOf(b) : null),
                Exploited = exploitedAll || exploitedFor.Contains(productId),
                FixKbs = kbs,
                FixText = fixText,
            });
        }
    }

    private static IEnumerable<string> KbNumbers(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        // Microsoft writes the bare number in details ("5034122") and KB5034122 in the catalog URL.
        if (BareNumber().IsMatch(text.Trim()))
        {
            yield return "KB" + text.Trim();
        }

        foreach (Match m in Kb().Matches(text))
        {
            yield return "KB" + m.Groups[1].Value;
        }
    }

    private static List<string> Ids(JsonElement element, string name) =>
        JsonValues.Array(element, name).Select(JsonValues.String).OfType<string>().ToList();

    private static void Branches(JsonElement node, Dictionary<string, (string Name, string? Cpe)> products, int depth = 0)
    {
        if (depth > 30)
        {
            return;
        }

        foreach (var branch in JsonValues.Array(node, "branches"))
        {
            AddProduct(JsonValues.Object(branch, "product"), products);
            Branches(branch, products, depth + 1);
        }
    }

    private static void AddProduct(JsonElement product, Dictionary<string, (string Name, string? Cpe)> products)
    {
        var id = JsonValues.Text(product, "product_id");
        if (id is not null)
        {
            products.TryAdd(id, (JsonValues.Text(product, "name") ?? id, JsonValues.Text(JsonValues.Object(product, "product_identification_helper"), "cpe")));
        }
    }

    [GeneratedRegex(@"KB\s?(\d{6,8})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Kb();

    [GeneratedRegex(@"^\d{6,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"Exploited\s*:\s*Yes|exploited in the wild|actively exploited", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExploitedYes();
}
