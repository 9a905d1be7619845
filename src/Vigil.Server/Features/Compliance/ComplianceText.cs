using System.Globalization;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// Compliance values in the UI language, for pages and exports alike: statuses, kinds of work, reason codes,
/// evidence names and values. A code without a text (a site's own rule, a newer engine) shows as the code itself.
/// </summary>
public sealed class ComplianceText(IStringLocalizer<SharedResource> text)
{
    public static bool IsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    public string Status(string? status) => Lookup("ComplianceStatus.", status);

    public string ItemStatus(string? status) => Lookup("RemediationStatus.", status);

    public string Kind(string? kind) => Lookup("RemediationKind.", kind);

    public string Reason(string? reason) => Lookup("Reason.", reason);

    public string EvidenceName(string name) => Lookup("Evidence.", name);

    public string Target(string target) => Lookup("Target.", target);

    public string Parts(string parts) => Lookup("Parts.", parts);

    public static string RuleTitle(string ruleId, string? titleVi, string? titleEn) => (IsVietnamese ? titleVi : titleEn) ?? titleVi ?? ruleId;

    /// <summary>Days as the culture writes them, yes/no/unknown and triage targets in words; anything else as reported.</summary>
    public string EvidenceValue(string value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d", CultureInfo.CurrentCulture);
        }

        return value switch
        {
            "yes" or "true" => text["Common.Yes"],
            "no" or "false" => text["Common.No"],
            "unknown" => text["Common.Unknown"],
            "windows11" or "windows10" or "none" => Target(value),
            "not reported" or "none announced" or "installed programs" or "personal" or "organisation" => Lookup("EvidenceValue.", value.Replace(' ', '_')),
            _ => value,
        };
    }

    /// <summary>"Hệ điều hành: Windows 7; Hết hỗ trợ: 14/01/2020": the evidence on one line, for lists and exports.</summary>
    public string EvidenceSummary(IReadOnlyList<EvidenceDto> evidence) =>
        string.Join("; ", evidence.Select(e => EvidenceName(e.Name) + ": " + EvidenceValue(e.Value)));

    private string Lookup(string prefix, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        var found = text[prefix + code];
        return found.ResourceNotFound ? code : found.Value;
    }
}
