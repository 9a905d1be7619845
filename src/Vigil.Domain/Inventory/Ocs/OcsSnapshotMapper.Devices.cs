using System.Net;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Inventory.Ocs;

internal static partial class OcsSnapshotMapper
{
    private static List<DiskInfo>? MapDisks(IReadOnlyList<OcsSection> storages, OsFamily? family)
    {
        if (storages.Count == 0)
        {
            return null;
        }

        var disks = new List<DiskInfo>();
        foreach (var storage in storages)
        {
            var text = string.Join(' ', storage["TYPE"], storage["DESCRIPTION"], storage["MODEL"], storage["NAME"], storage["INTERFACE"]);
            if (NotAFixedDisk().IsMatch(text) || string.Equals(storage["INTERFACE"], "USB", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var model = DiskModel(storage);
            disks.Add(new DiskInfo(model, DiskKindOf(text, model), SizeGb(OcsValues.Number(storage["DISKSIZE"]), family)));
        }

        return disks;
    }

    /// <summary>MODEL, unless it is a device path (the OCS agent puts "\\.\PHYSICALDRIVE0" there and the model in NAME).</summary>
    private static string? DiskModel(OcsSection storage)
    {
        foreach (var candidate in new[] { storage["MODEL"], storage["NAME"] })
        {
            if (candidate is not null && !DevicePath().IsMatch(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static DiskKind DiskKindOf(string text, string? model)
    {
        if (SolidState().IsMatch(text) || (model is not null && SolidStateModel().IsMatch(model)))
        {
            return DiskKind.Ssd;
        }

        return Rotational().IsMatch(text) || (model is not null && RotationalModel().IsMatch(model)) ? DiskKind.Hdd : DiskKind.Unknown;
    }

    /// <summary>
    /// DISKSIZE is in MB, but Windows agents divide by 2^20 and Linux ones by 10^6; disk sizes are quoted in decimal
    /// GB (the "120 GB SSD" of a directive), so both are brought back to decimal gigabytes.
    /// </summary>
    private static long? SizeGb(long? megabytes, OsFamily? family)
    {
        if (megabytes is not > 0)
        {
            return null;
        }

        var bytes = family == OsFamily.Windows ? megabytes.Value * 1_048_576.0 : megabytes.Value * 1_000_000.0;
        return (long)Math.Round(bytes / 1_000_000_000.0);
    }

    /// <summary>One interface per adapter: agents send one NETWORKS entry per address (IPv4 and IPv6 apart).</summary>
    private static List<NetworkInterfaceInfo>? MapNetworks(IReadOnlyList<OcsSection> networks)
    {
        if (networks.Count == 0)
        {
            return null;
        }

        var byAdapter = new Dictionary<(string?, string?), (string? Name, string? Mac, List<string> Addresses)>();
        var order = new List<(string?, string?)>();
        foreach (var network in networks)
        {
            var name = network["DESCRIPTION"];
            var mac = MacAddress(network["MACADDR"]);
            var addresses = new[] { network["IPADDRESS"], network["IPADDRESS6"] }.Select(Address).OfType<IPAddress>().ToList();
            // Address-less virtual adapters (Wi-Fi miniports, ifb, veth) say nothing, and their MACs repeat across machines.
            var idle = addresses.Count == 0 && (mac is null || OcsValues.Flag(network["VIRTUALDEV"]) == true);
            if (idle || IsLoopback(network, name, addresses))
            {
                continue;
            }

            var key = (name, mac);
            if (!byAdapter.TryGetValue(key, out var adapter))
            {
                adapter = (name, mac, []);
                byAdapter[key] = adapter;
                order.Add(key);
            }

            foreach (var address in addresses.Where(a => !a.IsIPv6LinkLocal && !IPAddress.Any.Equals(a)))
            {
                var text = address.ToString();
                if (!adapter.Addresses.Contains(text))
                {
                    adapter.Addresses.Add(text);
                }
            }
        }

        return order.ConvertAll(k => new NetworkInterfaceInfo(byAdapter[k].Name, byAdapter[k].Mac, byAdapter[k].Addresses));
    }

    private static bool IsLoopback(OcsSection network, string? name, List<IPAddress> addresses) =>
        string.Equals(network["TYPE"], "loopback", StringComparison.OrdinalIgnoreCase)
        || name is "lo" || (name?.Contains("Loopback", StringComparison.OrdinalIgnoreCase) ?? false)
        || (addresses.Count > 0 && addresses.TrueForAll(IPAddress.IsLoopback));

    private static IPAddress? Address(string? value) =>
        value is not null && IPAddress.TryParse(value, out var address) ? address : null;

    /// <summary>"00:1a:2b:3c:4d:5e" or "00-1A-2B-3C-4D-5E" → "00:1A:2B:3C:4D:5E"; the all-zero address is none.</summary>
    private static string? MacAddress(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var hex = new string(value.Where(char.IsAsciiHexDigit).ToArray()).ToUpperInvariant();
        if (hex.Length != 12 || hex.All(c => c == '0'))
        {
            return null;
        }

        return string.Join(':', Enumerable.Range(0, 6).Select(i => hex.Substring(i * 2, 2)));
    }

    [GeneratedRegex(@"cd-?rom|dvd|floppy|tape|removable|card reader|\bcd\b|optical|virtual cd", RegexOptions.IgnoreCase)]
    private static partial Regex NotAFixedDisk();

    [GeneratedRegex(@"ssd|solid[ -]state|nvme", RegexOptions.IgnoreCase)]
    private static partial Regex SolidState();

    /// <summary>Model numbers of SSD lines that do not say "SSD" (Kingston A400, Crucial MX/BX, WD Blue SA510, Samsung OEM…).</summary>
    [GeneratedRegex(@"^(?:KINGSTON\s+)?(?:SA400|SUV\d|SV300|SKC\d|SNV\d|SA2000)|^(?:SanDisk\s+)?SD(?:8S|9S|7S|SSD)|^(?:WDC\s+)?WDS\d|^CT\d+(?:MX|BX|P\d)|^(?:SAMSUNG\s+)?MZ[0-9A-Z]{2}|^(?:TOSHIBA\s+)?THNS|^LITEON\s+(?:CV|CA|L8)|^MTFD|^INTEL\s+SSD", RegexOptions.IgnoreCase)]
    private static partial Regex SolidStateModel();

    [GeneratedRegex(@"\bhdd\b|rotational|hard disk drive", RegexOptions.IgnoreCase)]
    private static partial Regex Rotational();

    /// <summary>Model numbers of families that only ever made spinning disks (Seagate Barracuda, WD Blue/Green/Black, Hitachi, Toshiba, Samsung HD).</summary>
    [GeneratedRegex(@"^(?:WDC\s+)?WD\d{3,5}[A-Z]{2}|^ST\d{3,5}(?:DM|DL|LM|AS|NS|VX|LX|VM|NM|VN|LT|CM)\d|^ST3\d{4,}|^(?:Hitachi\s+|HGST\s+)?H[DT][ST]\d{4}|^TOSHIBA\s+(?:MQ|DT|MK|HDW)\d|^SAMSUNG\s+(?:HD|HM|SP)\d|^MAXTOR|^(?:ST|WDC)\d+\s*ATA", RegexOptions.IgnoreCase)]
    private static partial Regex RotationalModel();

    [GeneratedRegex(@"^(?:\\\\\.\\|/dev/)|^(?:sd[a-z]+|hd[a-z]+|vd[a-z]+|xvd[a-z]+|nvme\d+n\d+|mmcblk\d+|PHYSICALDRIVE\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DevicePath();
}
