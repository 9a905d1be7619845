namespace Vigil.Domain.Devices;

/// <summary>
/// The stable lower-case codes of <see cref="CiscoOsFamily"/> (<c>ios</c>, <c>ios-xe</c>, <c>nx-os</c>, <c>asa</c>,
/// <c>aireos</c>, <c>sb-switch</c>) used in JSON, storage and baseline files, so renaming the enum breaks nothing.
/// </summary>
public static class CiscoOsFamilies
{
    public const string Ios = "ios";
    public const string IosXe = "ios-xe";
    public const string NxOs = "nx-os";
    public const string Asa = "asa";
    public const string AireOs = "aireos";
    public const string SmallBusiness = "sb-switch";

    /// <summary>The code of a family; <c>null</c> for <see cref="CiscoOsFamily.Unknown"/>.</summary>
    public static string? Code(CiscoOsFamily family) => family switch
    {
        CiscoOsFamily.Ios => Ios,
        CiscoOsFamily.IosXe => IosXe,
        CiscoOsFamily.NxOs => NxOs,
        CiscoOsFamily.Asa => Asa,
        CiscoOsFamily.AireOs => AireOs,
        CiscoOsFamily.SmallBusiness => SmallBusiness,
        _ => null,
    };

    /// <summary>Reads a code, case-insensitively, also in the spellings people write ("IOS XE", "NXOS", "sb").</summary>
    public static bool TryParse(string? code, out CiscoOsFamily family)
    {
        var key = new string((code ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        family = key switch
        {
            "ios" => CiscoOsFamily.Ios,
            "iosxe" or "xe" => CiscoOsFamily.IosXe,
            "nxos" => CiscoOsFamily.NxOs,
            "asa" => CiscoOsFamily.Asa,
            "aireos" or "wlc" => CiscoOsFamily.AireOs,
            "sbswitch" or "sb" or "smallbusiness" => CiscoOsFamily.SmallBusiness,
            _ => CiscoOsFamily.Unknown,
        };
        return family != CiscoOsFamily.Unknown;
    }
}
