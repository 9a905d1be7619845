using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Devices;

/// <summary>
/// Guesses the kind of a Cisco device (the stored names of <see cref="NetworkDeviceKinds"/>) from its product id,
/// then from its software. A guess: a person can correct it, and unknown models give null rather than a wrong kind.
/// </summary>
public static class DeviceKindGuess
{
    // Order matters: C9800 (wireless controller) before C9 switches, C1000- (switch) before C11 (router).
    private static readonly (string Prefix, string Kind)[] ModelPrefixes =
    [
        ("C9800", NetworkDeviceKinds.Wireless), ("AIR-", NetworkDeviceKinds.Wireless), ("CW9", NetworkDeviceKinds.Wireless),
        ("C91", NetworkDeviceKinds.Wireless), ("C92", NetworkDeviceKinds.Switch), ("C93", NetworkDeviceKinds.Switch),
        ("C94", NetworkDeviceKinds.Switch), ("C95", NetworkDeviceKinds.Switch), ("C96", NetworkDeviceKinds.Switch),
        ("WS-", NetworkDeviceKinds.Switch), ("C1000-", NetworkDeviceKinds.Switch), ("C1000FE", NetworkDeviceKinds.Switch),
        ("C2960", NetworkDeviceKinds.Switch), ("C3560", NetworkDeviceKinds.Switch), ("C3650", NetworkDeviceKinds.Switch),
        ("C3750", NetworkDeviceKinds.Switch), ("C3850", NetworkDeviceKinds.Switch), ("IE-", NetworkDeviceKinds.Switch),
        ("ME-", NetworkDeviceKinds.Switch), ("N2K", NetworkDeviceKinds.Switch), ("N3K", NetworkDeviceKinds.Switch),
        ("N5K", NetworkDeviceKinds.Switch), ("N7K", NetworkDeviceKinds.Switch), ("N9K", NetworkDeviceKinds.Switch),
        ("NEXUS", NetworkDeviceKinds.Switch), ("DS-C", NetworkDeviceKinds.Switch), ("SG", NetworkDeviceKinds.Switch),
        ("SF", NetworkDeviceKinds.Switch), ("SX", NetworkDeviceKinds.Switch), ("CBS", NetworkDeviceKinds.Switch),
        ("ISR", NetworkDeviceKinds.Router), ("ASR", NetworkDeviceKinds.Router), ("CSR", NetworkDeviceKinds.Router),
        ("CISCO", NetworkDeviceKinds.Router), ("C8", NetworkDeviceKinds.Router), ("C11", NetworkDeviceKinds.Router),
        ("IOSV", NetworkDeviceKinds.Router), ("ASA", NetworkDeviceKinds.Firewall), ("FPR", NetworkDeviceKinds.Firewall),
        ("FIREPOWER", NetworkDeviceKinds.Firewall),
    ];

    /// <summary>The kind, or null when neither the model nor the software tells.</summary>
    /// <param name="softwareDescription">The words before the image name on an IOS version line ("Catalyst L3 Switch Software", "ISR Software").</param>
    public static string? Guess(CiscoOsFamily family, string? model, string? softwareDescription)
    {
        switch (family)
        {
            case CiscoOsFamily.Asa:
                return NetworkDeviceKinds.Firewall;
            case CiscoOsFamily.AireOs:
                return NetworkDeviceKinds.Wireless;
            case CiscoOsFamily.SmallBusiness or CiscoOsFamily.NxOs:
                return NetworkDeviceKinds.Switch;
        }

        // The virtual IOS switch reports the same "IOSv" model as the virtual router.
        if (softwareDescription?.Contains("vios_l2", StringComparison.OrdinalIgnoreCase) == true)
        {
            return NetworkDeviceKinds.Switch;
        }

        if (!string.IsNullOrWhiteSpace(model))
        {
            var upper = model.Trim().ToUpperInvariant();
            foreach (var (prefix, kind) in ModelPrefixes)
            {
                if (upper.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return kind;
                }
            }

            // Older routers print a bare number: 1801, 2811, 3640, 3945.
            if (upper.Length == 4 && upper.All(char.IsAsciiDigit))
            {
                return NetworkDeviceKinds.Router;
            }
        }

        var software = softwareDescription ?? "";
        if (software.Contains("Switch", StringComparison.OrdinalIgnoreCase) || software.Contains("vios_l2", StringComparison.OrdinalIgnoreCase)
            || software.Contains("Catalyst", StringComparison.OrdinalIgnoreCase))
        {
            return NetworkDeviceKinds.Switch;
        }

        if (software.Contains("ISR", StringComparison.Ordinal) || software.Contains("ASR", StringComparison.Ordinal)
            || software.Contains("CSR", StringComparison.Ordinal) || software.Contains("IOSv", StringComparison.Ordinal)
            || software.Contains("Router", StringComparison.OrdinalIgnoreCase))
        {
            return NetworkDeviceKinds.Router;
        }

        return null;
    }
}
