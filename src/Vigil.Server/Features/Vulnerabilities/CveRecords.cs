using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Domain.Vulnerabilities;
using Vigil.Domain.Vulnerabilities.Import;
using Vigil.Domain.Vulnerabilities.Stored;

namespace Vigil.Server.Features.Vulnerabilities;

/// <summary>
/// Between the engine's <see cref="Cve"/> and the stored row. Configurations are written in the NVD API's own shape
/// and read back through <see cref="NvdImporter"/>, so the stored form is exactly what the engine accepts from NVD
/// and a later engine change (a new field read) needs no second parser.
/// </summary>
internal static class CveRecords
{
    public static void Apply(Cve cve, StoredCve row, DateTime now, string actor)
    {
        row.Id = cve.Id;
        row.Description = cve.Description;
        row.CvssScore = cve.Cvss is { } c ? (double)c.Score : null;
        row.CvssSeverity = cve.Cvss?.Severity;
        row.CvssVersion = cve.Cvss?.Version;
        row.CvssVector = cve.Cvss?.Vector;
        row.Cwes = string.Join(',', cve.Cwes);
        row.PublishedAt = cve.Published?.UtcDateTime;
        row.LastModifiedAt = cve.LastModified?.UtcDateTime;
        row.ConfigurationsJson = ConfigurationsJson(cve.Configurations);
        row.ImportedAt = now;
        row.ImportedBy = actor;
    }

    public static string ConfigurationsJson(IReadOnlyList<NvdConfiguration> configurations)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var configuration in configurations)
            {
                w.WriteStartObject();
                w.WriteString("operator", configuration.Operator == NvdOperator.And ? "AND" : "OR");
                w.WriteBoolean("negate", configuration.Negate);
                w.WriteStartArray("nodes");
                foreach (var node in configuration.Nodes)
                {
                    w.WriteStartObject();
                    w.WriteString("operator", node.Operator == NvdOperator.And ? "AND" : "OR");
                    w.WriteBoolean("negate", node.Negate);
                    w.WriteStartArray("cpeMatch");
                    foreach (var match in node.Matches)
                    {
                        w.WriteStartObject();
                        w.WriteBoolean("vulnerable", match.Vulnerable);
                        w.WriteString("criteria", match.Criteria.Formatted);
                        WriteIf(w, "versionStartIncluding", match.VersionStartIncluding);
                        WriteIf(w, "versionStartExcluding", match.VersionStartExcluding);
                        WriteIf(w, "versionEndIncluding", match.VersionEndIncluding);
                        WriteIf(w, "versionEndExcluding", match.VersionEndExcluding);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// The stored rows as engine CVEs (id and configurations: all matching needs), read as one NVD API page. A row
    /// that does not read back (it was written by this class, so only a damaged database) fails the whole catalog.
    /// </summary>
    public static VulnImportResult<Cve> ReadForMatching(IReadOnlyList<(string Id, string ConfigurationsJson)> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("vulnerabilities");
            foreach (var (id, configurations) in rows)
            {
                w.WriteStartObject();
                w.WriteStartObject("cve");
                w.WriteString("id", id);
                w.WritePropertyName("configurations");
                w.WriteRawValue(configurations, skipInputValidation: false);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return NvdImporter.Read("catalog", buffer.WrittenSpan.ToArray());
    }

    public static StoredKevEntry ToRow(KevEntry kev, DateTime now) => Apply(kev, new StoredKevEntry(), now);

    public static StoredKevEntry Apply(KevEntry kev, StoredKevEntry row, DateTime now)
    {
        row.CveId = kev.CveId;
        row.VendorProject = kev.VendorProject;
        row.Product = kev.Product;
        row.Name = kev.Name;
        row.DateAdded = kev.DateAdded;
        row.DueDate = kev.DueDate;
        row.RequiredAction = kev.RequiredAction;
        row.KnownRansomwareUse = kev.KnownRansomwareUse;
        row.Notes = kev.Notes;
        row.ImportedAt = now;
        return row;
    }

    private static void WriteIf(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
