using System.Text.Json;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>
/// Reads NVD CVE API 2.0 JSON: one CVE record ({"id": …}), an API page ({"vulnerabilities": [{"cve": …}]}), a folder
/// of those, and any of them gzipped. Errors name the file and the JSON path; one bad record fails the upload.
/// </summary>
public static class NvdImporter
{
    public static VulnImportResult<Cve> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        if (GzipInput.IsGzip(content))
        {
            var unpacked = GzipInput.Unpack(content, out var reason);
            if (unpacked is null)
            {
                return VulnImportResult<Cve>.Fail(fileName, VulnImportCodes.NotGzip, $"The file cannot be unpacked: {reason}.");
            }

            content = unpacked;
        }

        if (content.Length == 0)
        {
            return VulnImportResult<Cve>.Fail(fileName, VulnImportCodes.Empty, "The file is empty.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return VulnImportResult<Cve>.Fail(fileName, VulnImportCodes.NotJson, $"The file is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var items = new List<Cve>();
            var errors = new List<VulnImportError>();
            if (JsonValues.HasArray(root, "vulnerabilities"))
            {
                var i = 0;
                foreach (var item in JsonValues.Array(root, "vulnerabilities"))
                {
                    var record = JsonValues.Object(item, "cve");
                    ReadRecord(fileName, $"vulnerabilities[{i}].cve", record, items, errors);
                    i++;
                }
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _))
            {
                ReadRecord(fileName, "$", root, items, errors);
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("CVE_Items", out _))
            {
                return VulnImportResult<Cve>.Fail(fileName, VulnImportCodes.Shape, "This is an NVD 1.1 feed, retired in 2023; use the CVE API 2.0 format.");
            }
            else
            {
                return VulnImportResult<Cve>.Fail(fileName, VulnImportCodes.Shape, "The file is neither an NVD CVE record nor a CVE API 2.0 page (no 'id' or 'vulnerabilities').");
            }

            return VulnImportResult<Cve>.Of(items, errors);
        }
    }

    /// <summary>
    /// Every *.json and *.json.gz file of a folder, in name order; one bad file fails the whole folder. Files are read
    /// in parallel (a full NVD mirror is hundreds of pages); the result is in name order whatever the scheduling.
    /// </summary>
    public static VulnImportResult<Cve> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new VulnImportResult<Cve>[files.Count];
        Parallel.For(0, files.Count, i => results[i] = Read(Path.GetFileName(files[i]), File.ReadAllBytes(files[i])));
        var items = new List<Cve>();
        var errors = new List<VulnImportError>();
        foreach (var result in results)
        {
            items.AddRange(result.Items);
            errors.AddRange(result.Errors);
        }

        return VulnImportResult<Cve>.Of(items, errors);
    }

    private static void ReadRecord(string file, string path, JsonElement record, List<Cve> items, List<VulnImportError> errors)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new VulnImportError(file, null, path, VulnImportCodes.Shape, "A CVE record must be an object."));
            return;
        }

        var id = CveIds.Normalize(JsonValues.Text(record, "id"));
        if (id is null)
        {
            errors.Add(new VulnImportError(file, null, path + ".id", VulnImportCodes.CveId, $"'{JsonValues.Text(record, "id")}' is not a CVE id."));
            return;
        }

        var configurations = new List<NvdConfiguration>();
        var c = 0;
        foreach (var configuration in JsonValues.Array(record, "configurations"))
        {
            var nodes = new List<NvdNode>();
            var n = 0;
            foreach (var node in JsonValues.Array(configuration, "nodes"))
            {
                var matches = new List<CpeMatchCriterion>();
                var m = 0;
                foreach (var match in JsonValues.Array(node, "cpeMatch"))
                {
                    var cpe = CpeNameParser.Parse(JsonValues.Text(match, "criteria"));
                    if (!cpe.IsSuccess)
                    {
                        var at = $"{path}.configurations[{c}].nodes[{n}].cpeMatch[{m}]";
                        errors.Add(new VulnImportError(file, null, at + ".criteria", VulnImportCodes.Cpe, cpe.Error!.Message));
                    }
                    else
                    {
                        matches.Add(new CpeMatchCriterion
                        {
                            Vulnerable = JsonValues.Bool(match, "vulnerable", true),
                            Criteria = cpe.Value!,
                            VersionStartIncluding = JsonValues.Text(match, "versionStartIncluding"),
                            VersionStartExcluding = JsonValues.Text(match, "versionStartExcluding"),
                            VersionEndIncluding = JsonValues.Text(match, "versionEndIncluding"),
                            VersionEndExcluding = JsonValues.Text(match, "versionEndExcluding"),
                        });
                    }

                    m++;
                }

                nodes.Add(new NvdNode(Operator(JsonValues.Text(node, "operator")), JsonValues.Bool(node, "negate", false), matches));
                n++;
            }

            configurations.Add(new NvdConfiguration(Operator(JsonValues.Text(configuration, "operator")), JsonValues.Bool(configuration, "negate", false), nodes));
            c++;
        }

        items.Add(new Cve
        {
            Id = id,
            Description = JsonValues.Array(record, "descriptions").Where(d => JsonValues.Text(d, "lang") == "en").Select(d => JsonValues.Text(d, "value")).FirstOrDefault() ?? "",
            Cvss = Cvss(JsonValues.Object(record, "metrics")),
            Cwes = JsonValues.Array(record, "weaknesses").SelectMany(w => JsonValues.Array(w, "description")).Select(d => JsonValues.Text(d, "value") ?? "")
                .Where(v => v.StartsWith("CWE-", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList(),
            Published = JsonValues.Timestamp(JsonValues.Text(record, "published")),
            LastModified = JsonValues.Timestamp(JsonValues.Text(record, "lastModified")),
            Configurations = configurations,
            Kev = JsonValues.Text(record, "cisaExploitAdd") is { } added
                ? new KevEntry
                {
                    CveId = id,
                    Name = JsonValues.Text(record, "cisaVulnerabilityName") ?? "",
                    DateAdded = JsonValues.Date(added),
                    DueDate = JsonValues.Date(JsonValues.Text(record, "cisaActionDue")),
                    RequiredAction = JsonValues.Text(record, "cisaRequiredAction") ?? "",
                }
                : null,
        });
    }

    private static NvdOperator Operator(string? text) =>
        string.Equals(text, "AND", StringComparison.OrdinalIgnoreCase) ? NvdOperator.And : NvdOperator.Or;

    /// <summary>v3.1, then v3.0, then v2; within a version NVD's own (Primary) score before a CNA's (Secondary).</summary>
    private static CvssScore? Cvss(JsonElement metrics)
    {
        foreach (var key in new[] { "cvssMetricV31", "cvssMetricV30", "cvssMetricV2" })
        {
            var list = JsonValues.Array(metrics, key).ToList();
            if (list.Count == 0)
            {
                continue;
            }

            var chosen = list.FirstOrDefault(m => JsonValues.Text(m, "type") == "Primary");
            if (chosen.ValueKind != JsonValueKind.Object)
            {
                chosen = list[0];
            }

            var data = JsonValues.Object(chosen, "cvssData");
            var score = JsonValues.Number(data, "baseScore");
            if (score is null || score < 0 || score > 10)
            {
                continue;
            }

            var severity = JsonValues.Text(data, "baseSeverity") ?? JsonValues.Text(chosen, "baseSeverity") ?? CvssScore.SeverityOf(score.Value);
            return new CvssScore(JsonValues.Text(data, "version") ?? (key == "cvssMetricV2" ? "2.0" : "3.x"), score.Value, severity, JsonValues.Text(data, "vectorString"));
        }

        return null;
    }
}
