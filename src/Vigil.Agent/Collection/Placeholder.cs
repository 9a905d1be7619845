namespace Vigil.Agent.Collection;

/// <summary>
/// Firmware fills unset SMBIOS fields with stock phrases. Passed on, they would make thousands of machines share one
/// "serial number" and be merged into one computer; they mean "not known", so they become null.
/// </summary>
internal static class Placeholder
{
    private static readonly string[] s_phrases =
    [
        "to be filled by o.e.m.", "to be filled by oem", "default string", "system serial number", "system product name",
        "system manufacturer", "not specified", "not applicable", "none", "n/a", "0", "00000000", "123456789", "oem",
        "03000200-0400-0500-0006-000700080009", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ];

    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim().TrimEnd('\0').Trim();
        return trimmed.Length == 0 || s_phrases.Contains(trimmed.ToLowerInvariant()) ? null : trimmed;
    }
}
