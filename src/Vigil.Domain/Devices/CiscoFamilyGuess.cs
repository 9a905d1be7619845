using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Devices;

/// <summary>
/// Guesses which Cisco software a device runs from what a spreadsheet row gives — vendor, model, kind and the version
/// as typed — so that a device listed in the inventory sheet is judged against its family's firmware baseline without
/// a pasted <c>show version</c>. The version must fit the guessed family's grammar; when the model does not tell and
/// the version fits several grammars (17.3.1 is IOS XE or small-business firmware), the kind decides or the answer is
/// <see cref="CiscoOsFamily.Unknown"/>, never a guess against the evidence.
/// </summary>
public static class CiscoFamilyGuess
{
    // Order matters: longer or more specific prefixes first (WS-C3850 runs IOS XE, other WS-C switches IOS; C9800 is
    // an IOS XE wireless controller; AIR-CT controllers run AireOS; C8200/C8300 routers run IOS XE, C8xx ones IOS).
    private static readonly (string Prefix, CiscoOsFamily Family)[] ModelPrefixes =
    [
        ("WS-C3850", CiscoOsFamily.IosXe), ("WS-C3650", CiscoOsFamily.IosXe), ("WS-C", CiscoOsFamily.Ios),
        ("C9", CiscoOsFamily.IosXe), ("ISR4", CiscoOsFamily.IosXe), ("ASR1", CiscoOsFamily.IosXe), ("C82", CiscoOsFamily.IosXe),
        ("C83", CiscoOsFamily.IosXe), ("C85", CiscoOsFamily.IosXe), ("C8", CiscoOsFamily.Ios),
        ("C11", CiscoOsFamily.IosXe), ("CSR1000V", CiscoOsFamily.IosXe),
        ("C1000", CiscoOsFamily.Ios), ("C2960", CiscoOsFamily.Ios), ("C3560", CiscoOsFamily.Ios), ("C3750", CiscoOsFamily.Ios),
        ("CISCO", CiscoOsFamily.Ios), ("IE-", CiscoOsFamily.Ios), ("ME-", CiscoOsFamily.Ios),
        ("N2K", CiscoOsFamily.NxOs), ("N3K", CiscoOsFamily.NxOs), ("N5K", CiscoOsFamily.NxOs), ("N6K", CiscoOsFamily.NxOs),
        ("N7K", CiscoOsFamily.NxOs), ("N77", CiscoOsFamily.NxOs), ("N9K", CiscoOsFamily.NxOs), ("NEXUS", CiscoOsFamily.NxOs),
        ("DS-C", CiscoOsFamily.NxOs),
        ("ASA", CiscoOsFamily.Asa), ("AIR-CT", CiscoOsFamily.AireOs),
        ("SG", CiscoOsFamily.SmallBusiness), ("SF", CiscoOsFamily.SmallBusiness), ("CBS", CiscoOsFamily.SmallBusiness),
    ];

    private static readonly CiscoOsFamily[] Families =
        [CiscoOsFamily.Ios, CiscoOsFamily.IosXe, CiscoOsFamily.NxOs, CiscoOsFamily.Asa, CiscoOsFamily.AireOs, CiscoOsFamily.SmallBusiness];

    public static CiscoOsFamily Guess(string? vendor, string? model, string? kind, string? version)
    {
        if (string.IsNullOrWhiteSpace(version) || (!string.IsNullOrWhiteSpace(vendor) && !vendor.Trim().StartsWith("cisco", StringComparison.OrdinalIgnoreCase)))
        {
            return CiscoOsFamily.Unknown;
        }

        if (FromModel(model) is { } byModel)
        {
            return CiscoVersion.TryParse(byModel, version, out _) ? byModel : CiscoOsFamily.Unknown;
        }

        var fitting = Families.Where(f => CiscoVersion.TryParse(f, version, out _)).ToList();
        if (fitting.Count == 1)
        {
            return fitting[0];
        }

        // Several grammars accept the version: the kind of device can still tell them apart.
        CiscoOsFamily? byKind = kind switch
        {
            NetworkDeviceKinds.Firewall => CiscoOsFamily.Asa,
            NetworkDeviceKinds.Wireless => CiscoOsFamily.AireOs,
            _ => null,
        };
        return byKind is { } k && fitting.Contains(k) ? k : CiscoOsFamily.Unknown;
    }

    private static CiscoOsFamily? FromModel(string? model)
    {
        if (string.IsNullOrWhiteSpace(model))
        {
            return null;
        }

        var upper = model.Trim().ToUpperInvariant();
        foreach (var (prefix, family) in ModelPrefixes)
        {
            if (upper.StartsWith(prefix, StringComparison.Ordinal))
            {
                return family;
            }
        }

        return null;
    }
}
