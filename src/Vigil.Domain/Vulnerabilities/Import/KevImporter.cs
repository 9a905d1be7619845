using System.Text;
using System.Text.Json;
using Vigil.Domain.Common.Csv;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>
/// Reads CISA's KEV catalog as published: the JSON feed ({"vulnerabilities": [{"cveID": …}]}) or the CSV with the
/// same columns (cveID, vendorProject, product, vulnerabilityName, dateAdded, shortDescription, requiredAction,
/// dueDate, knownRansomwareCampaignUse, notes, cwes). The format is detected from the content.
/// </summary>
public static class KevImporter
{
    private static readonly string[] Columns = ["cveID", "vendorProject", "product", "vulnerabilityName", "dateAdded", "requiredAction", "dueDate", "knownRansomwareCampaignUse"];

    public static VulnImportResult<KevEntry> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var start = content.AsSpan().TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (start.IsEmpty)
        {
            return VulnImportResult<KevEntry>.Fail(fileName, VulnImportCodes.Empty, "The file is empty.");
        }

        return start[0] == (byte)'{' ? ReadJson(fileName, content) : ReadCsv(fileName, content);
    }

    private static VulnImportResult<KevEntry> ReadJson(string fileName, byte[] content)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            return VulnImportResult<KevEntry>.Fail(fileName, VulnImportCodes.NotJson, $"The file is not JSON: {e.Message}");
        }

        using (document)
        {
            if (!JsonValues.HasArray(document.RootElement, "vulnerabilities"))
            {
                return VulnImportResult<KevEntry>.Fail(fileName, VulnImportCodes.Shape, "The file is not the KEV catalog (no 'vulnerabilities' array).");
            }

            var items = new List<KevEntry>();
            var errors = new List<VulnImportError>();
            var i = 0;
            foreach (var v in JsonValues.Array(document.RootElement, "vulnerabilities"))
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var column in Columns.Append("notes"))
                {
                    fields[column] = JsonValues.Text(v, column) ?? "";
                }

                var cwes = JsonValues.Array(v, "cwes").Select(JsonValues.String).OfType<string>().ToList();
                Add(fileName, null, $"vulnerabilities[{i}]", fields, cwes, items, errors);
                i++;
            }

            return VulnImportResult<KevEntry>.Of(items, errors);
        }
    }

    private static VulnImportResult<KevEntry> ReadCsv(string fileName, byte[] content)
    {
        var csv = CsvReader.Read(content);
        var errors = csv.Problems.Select(p => new VulnImportError(fileName, p.Row, null, VulnImportCodes.Csv, p.Message)).ToList();
        if (csv.Records.Count == 0)
        {
            errors.Add(new VulnImportError(fileName, null, null, VulnImportCodes.Empty, "The file has no header row."));
            return VulnImportResult<KevEntry>.Of([], errors);
        }

        var header = csv.Records[0].Fields.Select((name, index) => (name: name.Trim(), index))
            .GroupBy(h => h.name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
        foreach (var column in Columns.Where(c => !header.ContainsKey(c)))
        {
            errors.Add(new VulnImportError(fileName, csv.Records[0].Row, column, VulnImportCodes.MissingColumn, $"The header has no '{column}' column."));
        }

        if (errors.Count > 0)
        {
            return VulnImportResult<KevEntry>.Of([], errors);
        }

        var items = new List<KevEntry>();
        foreach (var record in csv.Records.Skip(1).Where(r => !r.IsBlank))
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var column in Columns.Append("notes").Append("cwes"))
            {
                fields[column] = header.TryGetValue(column, out var index) && index < record.Fields.Count ? record.Fields[index] : "";
            }

            var cwes = fields["cwes"].Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            Add(fileName, record.Row, null, fields, cwes, items, errors);
        }

        return VulnImportResult<KevEntry>.Of(items, errors);
    }

    private static void Add(string file, int? row, string? path, Dictionary<string, string> f, List<string> cwes, List<KevEntry> items, List<VulnImportError> errors)
    {
        var id = CveIds.Normalize(f["cveID"]);
        if (id is null)
        {
            errors.Add(new VulnImportError(file, row, Column(path, "cveID"), VulnImportCodes.CveId, $"'{f["cveID"]}' is not a CVE id."));
            return;
        }

        var added = JsonValues.Date(f["dateAdded"]);
        var due = JsonValues.Date(f["dueDate"]);
        if (added is null || (f["dueDate"].Length > 0 && due is null))
        {
            var column = added is null ? "dateAdded" : "dueDate";
            errors.Add(new VulnImportError(file, row, Column(path, column), VulnImportCodes.Date, $"'{f[column]}' is not a date (yyyy-MM-dd)."));
            return;
        }

        items.Add(new KevEntry
        {
            CveId = id,
            VendorProject = f["vendorProject"],
            Product = f["product"],
            Name = f["vulnerabilityName"],
            DateAdded = added,
            DueDate = due,
            RequiredAction = f["requiredAction"],
            KnownRansomwareUse = string.Equals(f["knownRansomwareCampaignUse"].Trim(), "Known", StringComparison.OrdinalIgnoreCase),
            Notes = f["notes"],
            Cwes = cwes,
        });
    }

    private static string Column(string? path, string name) => path is null ? name : new StringBuilder(path).Append('.').Append(name).ToString();
}
