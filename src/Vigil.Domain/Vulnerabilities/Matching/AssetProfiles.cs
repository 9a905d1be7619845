using Vigil.Domain.Devices;
using Vigil.Domain.Inventory;
using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>Builds <see cref="AssetProfile"/>s from what inventory and device parsing store.</summary>
public static class AssetProfiles
{
    private static readonly CpeName Smb1 = CpeName.Of(CpePart.Application, "microsoft", "server_message_block", CpeValue.Of("1.0"));

    /// <param name="knownKeys">The catalog's vendor:product keys, for the conservative software-name heuristic; null turns it off.</param>
    public static AssetProfile ForComputer(string id, string name, InventorySnapshot snapshot, Func<string, bool>? knownKeys = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var products = new List<AssetProduct>();
        var unmapped = new List<string>();
        var os = WindowsCpe.For(snapshot.Os);
        if (os is not null)
        {
            products.Add(os);

            // MS17-010's records name the SMBv1 server as the vulnerable product, running on Windows.
            if (snapshot.Smb1ServerEnabled == true)
            {
                products.Add(new AssetProduct(Smb1, "1.0", VersionScheme.Generic, "SMBv1 server enabled (inventory)"));
            }
            else if (snapshot.Smb1ServerEnabled is null && WindowsCpe.Smb1OnByDefault(os))
            {
                products.Add(new AssetProduct(Smb1, "1.0", VersionScheme.Generic, "SMBv1 server on by default for this release (not reported)", Uncertain: true));
            }
        }

        foreach (var item in snapshot.Software ?? [])
        {
            if (string.IsNullOrWhiteSpace(item.Name))
            {
                continue;
            }

            var product = SoftwareCpeMap.For(item.Name, item.Version)
                ?? (knownKeys is null ? null : SoftwareCpeMap.Guess(item.Name, item.Publisher, item.Version, knownKeys));
            if (product is null)
            {
                unmapped.Add(string.IsNullOrWhiteSpace(item.Version) ? item.Name.Trim() : $"{item.Name.Trim()} {item.Version.Trim()}");
            }
            else
            {
                products.Add(product);
            }
        }

        return new AssetProfile
        {
            Id = id,
            Kind = AssetKind.Computer,
            Name = name,
            Release = OsRelease.Of(snapshot.Os),
            Products = products,
            Hotfixes = new HashSet<string>((snapshot.Hotfixes ?? []).Select(NormalizeKb).Where(k => k.Length > 0), StringComparer.OrdinalIgnoreCase),
            UnmappedSoftware = unmapped,
        };
    }

    public static AssetProfile ForDevice(string id, string name, CiscoOsFamily family, string? versionText)
    {
        var product = CiscoCpe.For(family, versionText);
        return new AssetProfile
        {
            Id = id,
            Kind = AssetKind.Device,
            Name = name,
            Release = CiscoOsFamilies.Code(family),
            Products = product is null ? [] : [product],
        };
    }

    /// <summary>"kb4012212", "KB 4012212", "4012212" → "KB4012212"; "" when it holds no number.</summary>
    public static string NormalizeKb(string? text)
    {
        var digits = new string((text ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length is >= 6 and <= 8 ? "KB" + digits : "";
    }
}
