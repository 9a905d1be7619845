using System.Globalization;

namespace Vigil.Domain.Compliance;

/// <summary>The checks a policy rule can use and their parameters (documented in docs/compliance.md).</summary>
public static class PolicyChecks
{
    public const string SupportedOs = "supported-os";
    public const string UpgradeTriage = "upgrade-triage";
    public const string AntiMalware = "anti-malware";
    public const string Ms17010 = "ms17-010";
    public const string Smb1Disabled = "smb1-disabled";
    public const string FreshData = "fresh-data";

    /// <summary>Anti-malware rule kinds (the <c>kind</c> parameter).</summary>
    public const string KindAntiMalware = "anti-malware";
    public const string KindEdr = "edr";

    /// <summary>Triage firmware modes (the <c>windows11_firmware</c> parameter).</summary>
    public const string FirmwareSettings = "settings";
    public const string FirmwareStrict = "strict";

    public static IReadOnlyList<CheckDefinition> All { get; } =
    [
        new(SupportedOs,
        [
            new("allow_esu", ParameterKind.Boolean, "true"),
        ]),
        new(UpgradeTriage,
        [
            new("baseline_core_generation", ParameterKind.WholeNumber, "4", 1, 30),
            new("baseline_accept_ryzen", ParameterKind.Boolean, "true"),
            new("baseline_ram_gb", ParameterKind.Number, "4", 0.5m, 1024),
            new("baseline_ssd_gb", ParameterKind.WholeNumber, "120", 1, 100_000),
            new("windows11_ram_gb", ParameterKind.Number, "4", 0.5m, 1024),
            new("windows11_disk_gb", ParameterKind.WholeNumber, "64", 1, 100_000),
            new("windows11_firmware", ParameterKind.Choice, FirmwareSettings, Choices: [FirmwareSettings, FirmwareStrict]),
            new("allow_esu", ParameterKind.Boolean, "true"),
            new("size_tolerance_percent", ParameterKind.WholeNumber, "10", 0, 50),
        ]),
        new(AntiMalware,
        [
            new("kind", ParameterKind.Choice, KindAntiMalware, Choices: [KindAntiMalware, KindEdr]),
            new("products", ParameterKind.List, "Bkav Endpoint\nBkavPro\nBkav Pro"),
            new("vendors", ParameterKind.List, "Bkav"),
            new("max_signature_age_days", ParameterKind.WholeNumber, "7", 0, 3650),
            new("max_scan_age_days", ParameterKind.WholeNumber, "7", 0, 3650),
            new("check_signatures", ParameterKind.Boolean, "true"),
            new("check_last_scan", ParameterKind.Boolean, "true"),
            new("require_reported_state", ParameterKind.Boolean, "true"),
        ]),
        new(Ms17010, []),
        new(Smb1Disabled, []),
        new(FreshData,
        [
            new("max_age_days", ParameterKind.WholeNumber, "30", 1, 3650),
        ]),
    ];

    public static IReadOnlyList<string> Names { get; } = [SupportedOs, UpgradeTriage, AntiMalware, Ms17010, Smb1Disabled, FreshData];

    public static CheckDefinition? Find(string? check)
    {
        foreach (var definition in All)
        {
            if (string.Equals(definition.Name, check, StringComparison.Ordinal))
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>The canonical text of a scalar value, or null with the reason it is not valid.</summary>
    internal static string? Canonical(ParameterDefinition definition, string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        switch (definition.Kind)
        {
            case ParameterKind.WholeNumber:
                if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    problem = $"'{text}' is not a whole number";
                    return null;
                }

                return InRange(definition, integer, ref problem) ? integer.ToString(CultureInfo.InvariantCulture) : null;
            case ParameterKind.Number:
                if (!decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    problem = $"'{text}' is not a number (use a dot for decimals)";
                    return null;
                }

                return InRange(definition, number, ref problem) ? number.ToString(CultureInfo.InvariantCulture) : null;
            case ParameterKind.Boolean:
                if (trimmed.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return "true";
                }

                if (trimmed.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    return "false";
                }

                problem = $"'{text}' is not true or false";
                return null;
            case ParameterKind.Choice:
                foreach (var choice in definition.Choices ?? [])
                {
                    if (string.Equals(choice, trimmed, StringComparison.Ordinal))
                    {
                        return choice;
                    }
                }

                problem = $"'{text}' is not one of: {string.Join(", ", definition.Choices ?? [])}";
                return null;
            default:
                if (trimmed.Length == 0 || trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal))
                {
                    problem = "a list item must be a non-empty single line";
                    return null;
                }

                return trimmed;
        }
    }

    private static bool InRange(ParameterDefinition definition, decimal value, ref string? problem)
    {
        if (value >= definition.Min && value <= definition.Max)
        {
            return true;
        }

        problem = definition.Max == decimal.MaxValue
            ? $"{value.ToString(CultureInfo.InvariantCulture)} is below the minimum {definition.Min.ToString(CultureInfo.InvariantCulture)}"
            : $"{value.ToString(CultureInfo.InvariantCulture)} is outside {definition.Min.ToString(CultureInfo.InvariantCulture)}–{definition.Max.ToString(CultureInfo.InvariantCulture)}";
        return false;
    }
}
