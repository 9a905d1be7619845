using System.Text.Json;
using Vigil.Domain.Compliance;

namespace Vigil.Server.Features.Remediation;

/// <summary>
/// A verdict as kept in a remediation event: the proof of a verification (or the failure an item was opened for),
/// naming the computer, the report time behind it and the policy that judged it.
/// </summary>
public sealed record VerdictRecord(
    Guid ComputerId,
    string Hostname,
    string RuleId,
    ComplianceStatus Status,
    string Reason,
    IReadOnlyList<EvidenceFact> Evidence,
    DateTime? DataObservedAt,
    DateOnly AsOf,
    string Fingerprint)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static VerdictRecord? Parse(string? json) => json is null ? null : JsonSerializer.Deserialize<VerdictRecord>(json, s_json);
}
