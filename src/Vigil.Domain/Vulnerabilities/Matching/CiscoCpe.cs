using Vigil.Domain.Devices;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Names a Cisco device's software as NVD does: cisco:ios (15.2\(7\)e4), cisco:ios_xe (17.3.1a),
/// cisco:adaptive_security_appliance_software (dotted 9.8.4.45), cisco:nx-os (9.3\(10\)), and AireOS as
/// cisco:wireless_lan_controller_software. Small-business switch firmware has one CPE product per model line and is
/// not mapped.
/// </summary>
public static class CiscoCpe
{
    public static AssetProduct? For(CiscoOsFamily family, string? versionText)
    {
        var product = family switch
        {
            CiscoOsFamily.Ios => "ios",
            CiscoOsFamily.IosXe => "ios_xe",
            CiscoOsFamily.Asa => "adaptive_security_appliance_software",
            CiscoOsFamily.NxOs => "nx-os",
            CiscoOsFamily.AireOs => "wireless_lan_controller_software",
            _ => null,
        };
        if (product is null || !CiscoVersion.TryParse(family, versionText, out var version))
        {
            return null;
        }

        var nvd = VersionComparer.ToNvdSpelling(version!);
        var scheme = family switch
        {
            CiscoOsFamily.Ios => VersionScheme.CiscoIos,
            CiscoOsFamily.IosXe => VersionScheme.CiscoIosXe,
            CiscoOsFamily.Asa => VersionScheme.CiscoAsa,
            CiscoOsFamily.NxOs => VersionScheme.CiscoNxOs,
            _ => VersionScheme.Generic,
        };
        return new AssetProduct(CpeName.Of(CpePart.OperatingSystem, "cisco", product, CpeValue.Of(nvd)), nvd, scheme,
            $"{CiscoOsFamilies.Code(family)} {version!.Normalized}");
    }
}
