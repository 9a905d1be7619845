using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection.Windows;

internal sealed partial class WindowsCollector
{
    /// <summary>Defender's own status reports signature age in days; older than this is "out of date".</summary>
    public const int MaxSignatureAgeDays = 7;

    /// <summary>
    /// Security Center's AntiVirusProduct.productState is not documented by Microsoft. The widely used community
    /// decoding (used here) reads it as three bytes: product type, then the scanner state, whose 0x10 bit (0x1000 of
    /// the whole) means on, then the signature state, whose 0x10 bit means out of date. 397568 = 0x061100 is
    /// "on, up to date"; 393472 = 0x060100 "off, up to date"; 397584 = 0x061110 "on, out of date".
    /// </summary>
    internal static (bool Enabled, bool UpToDate) DecodeProductState(long state) => ((state & 0x1000) != 0, (state & 0x10) == 0);

    private List<AgentSecurityProductDto>? SecurityProducts()
    {
        var center = source.Query(@"root\SecurityCenter2", "AntiVirusProduct");
        var defender = First(@"root\Microsoft\Windows\Defender", "MSFT_MpComputerStatus");
        if (center is null && defender is null)
        {
            return null; // Windows Server has no Security Center and Defender may be absent: cannot tell.
        }

        var products = new List<AgentSecurityProductDto>();
        var defenderListed = false;
        foreach (var av in center ?? [])
        {
            var name = av["displayName"];
            if (name is null)
            {
                continue;
            }

            var state = av.Long("productState");
            var decoded = state is { } s ? DecodeProductState(s) : ((bool, bool)?)null;
            var isDefender = IsDefender(av);
            var product = new AgentSecurityProductDto(
                name, isDefender ? "Microsoft" : null, "antimalware", null,
                decoded?.Item1, decoded?.Item1, decoded?.Item2, null, null, null);
            if (isDefender && defender is not null)
            {
                product = WithDefenderStatus(product, defender);
                defenderListed = true;
            }

            products.Add(product);
        }

        if (defender is not null && !defenderListed && defender.Bool("AMServiceEnabled") == true)
        {
            var age = defender.Int("AntivirusSignatureAge");
            products.Add(WithDefenderStatus(
                new AgentSecurityProductDto("Microsoft Defender Antivirus", "Microsoft", "antimalware", null, null, null, age is { } a ? a <= MaxSignatureAgeDays : null, null, null, null),
                defender));
        }

        return products;
    }

    private static bool IsDefender(PropertyBag av) =>
        av["pathToSignedProductExe"]?.StartsWith("windowsdefender://", StringComparison.OrdinalIgnoreCase) == true
        || av["displayName"]?.Contains("Defender", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>Defender's own status is richer than Security Center's: versions, signature time, last scans.</summary>
    private static AgentSecurityProductDto WithDefenderStatus(AgentSecurityProductDto product, PropertyBag status)
    {
        var scans = new[] { status.Date("FullScanEndTime"), status.Date("QuickScanEndTime") }.Where(d => d is not null).ToList();
        var serviceOn = status.Bool("AMServiceEnabled");
        var antivirusOn = status.Bool("AntivirusEnabled");
        return product with
        {
            Version = status["AMProductVersion"] ?? product.Version,
            Enabled = serviceOn is null && antivirusOn is null ? product.Enabled : serviceOn != false && antivirusOn != false,
            RealTimeProtection = status.Bool("RealTimeProtectionEnabled") ?? product.RealTimeProtection,
            SignatureVersion = status["AntivirusSignatureVersion"],
            SignatureDate = status.Date("AntivirusSignatureLastUpdated"),
            LastScanAt = scans.Count == 0 ? null : scans.Max(),
        };
    }

    /// <summary>Get-SmbServerConfiguration's class where it exists (Windows 8+), else the LanmanServer "SMB1" value.</summary>
    private bool? Smb1ServerEnabled(string? osVersion)
    {
        if (First(@"root\Microsoft\Windows\SMB", "MSFT_SmbServerConfiguration")?.Bool("EnableSMB1Protocol") is { } configured)
        {
            return configured;
        }

        var parameters = source.RegistryKey(@"SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters");
        return parameters?.Int("SMB1") switch
        {
            0 => false,
            1 => true,
            // Without the value, Windows 7 and Server 2008 (6.0/6.1) serve SMBv1; later versions cannot be told from here.
            _ when parameters is not null && osVersion is not null && (osVersion.StartsWith("6.1", StringComparison.Ordinal) || osVersion.StartsWith("6.0", StringComparison.Ordinal)) => true,
            _ => null,
        };
    }
}
