using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Domain.Compliance;
using Vigil.Domain.Inventory;

namespace Vigil.Storage;

/// <summary>
/// How the resolved facts that compliance reads are kept on the computer row and how verdict evidence is stored:
/// hotfixes as "KB…" identifiers comma separated and program names one per line (empty when the source listed none,
/// null when it did not say), security products and evidence as compact JSON, so evaluating every computer reads
/// the computers table only.
/// </summary>
public static class ComputerFactColumns
{
    public static string? FormatHotfixes(IReadOnlyList<string>? hotfixes) =>
        hotfixes is null ? null : string.Join(',', hotfixes.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    public static IReadOnlyList<string>? ParseHotfixes(string? text) =>
        text is null ? null : text.Length == 0 ? [] : text.Split(',');

    /// <summary>The distinct trimmed names in ordinal order, one per line: sorted once, duplicates dropped as neighbours.</summary>
    public static string? FormatSoftware(IReadOnlyList<SoftwareItem>? software)
    {
        if (software is null)
        {
            return null;
        }

        var names = new string[software.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = software[i].Name.Trim();
        }

        Array.Sort(names, StringComparer.Ordinal);
        var text = new System.Text.StringBuilder(names.Length * 24);
        string? previous = null;
        foreach (var name in names)
        {
            if (name.Length == 0 || string.Equals(name, previous, StringComparison.Ordinal))
            {
                continue;
            }

            text.Append(previous is null ? "" : "\n").Append(name);
            previous = name;
        }

        return text.ToString();
    }

    public static IReadOnlyList<string>? ParseSoftware(string? text) =>
        text is null ? null : text.Length == 0 ? [] : text.Split('\n');

    public static string? FormatSecurityProducts(IReadOnlyList<SecurityProduct>? products) =>
        products is null ? null : JsonSerializer.Serialize(products.ToList(), FactColumnsJsonContext.Default.ListSecurityProduct);

    /// <summary>Stored JSON was written by <see cref="FormatSecurityProducts"/>; an unreadable row is a bug, not input.</summary>
    public static IReadOnlyList<SecurityProduct>? ParseSecurityProducts(string? json) =>
        json is null ? null : JsonSerializer.Deserialize(json, FactColumnsJsonContext.Default.ListSecurityProduct)
            ?? throw new InvalidOperationException("A stored security product list is empty.");

    public static string FormatEvidence(IReadOnlyList<EvidenceFact> evidence) =>
        JsonSerializer.Serialize(evidence.ToList(), FactColumnsJsonContext.Default.ListEvidenceFact);

    public static IReadOnlyList<EvidenceFact> ParseEvidence(string json) =>
        JsonSerializer.Deserialize(json, FactColumnsJsonContext.Default.ListEvidenceFact) ?? [];
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<SecurityProduct>))]
[JsonSerializable(typeof(List<EvidenceFact>))]
internal sealed partial class FactColumnsJsonContext : JsonSerializerContext;
