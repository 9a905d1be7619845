using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// A recorded fusioninventory-agent inventory, re-identified per simulated machine and sent as the agent sends it
/// (FusionInventory::Agent::HTTP::Client::OCS, 2.6): the UTF-8 XML through Compress::Zlib::compress (RFC 1950 zlib,
/// default level), POSTed with Content-Type application/x-compress-zlib, Pragma no-cache and the agent's User-Agent.
/// Everything but the identifiers stays byte for byte as recorded.
/// </summary>
internal sealed partial class OcsPayload
{
    public const string ContentType = "application/x-compress-zlib";
    public const string UserAgent = "FusionInventory-Agent_v2.6-3";

    private const string HostToken = "\u0001HOST\u0001";
    private const string SerialToken = "\u0001SERIAL\u0001";
    private const string UuidToken = "\u0001UUID\u0001";
    private const string DeviceToken = "\u0001DEVICE\u0001";
    private const string TagToken = "\u0001TAG\u0001";
    private const string ChecksumToken = "\u0001CHECKSUM\u0001";

    private readonly string _template;
    private readonly List<string> _macs;
    private readonly string _checksum;

    private OcsPayload(string template, List<string> macs, string checksum)
    {
        _template = template;
        _macs = macs;
        _checksum = checksum;
    }

    public static OcsPayload Load(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        Require(DeviceIdElement().IsMatch(text), "<DEVICEID>", path);
        Require(HardwareElement().IsMatch(text), "<HARDWARE>", path);
        text = DeviceIdElement().Replace(text, $"<DEVICEID>{DeviceToken}</DEVICEID>", 1);
        var checksum = ChecksumElement().Match(text) is { Success: true } c ? c.Groups[1].Value : "131071";
        text = ChecksumElement().Replace(text, $"<CHECKSUM>{ChecksumToken}</CHECKSUM>", 1);
        text = HardwareElement().Replace(text, m =>
        {
            var hardware = HardwareName().Replace(m.Value, $"<NAME>{HostToken}</NAME>", 1);
            hardware = HardwareUuid().Replace(hardware, "");
            // The recording machine is a container without an SMBIOS UUID; a PC has one, in this element.
            return hardware.Replace("    </HARDWARE>", $"  <UUID>{UuidToken}</UUID>\n    </HARDWARE>", StringComparison.Ordinal);
        }, 1);
        text = FqdnElement().Replace(text, $"<FQDN>{HostToken}</FQDN>", 1);
        text = SerialElement().Replace(text, $"<SSN>{SerialToken}</SSN>", 1);
        text = TagValue().Replace(text, $"$1{TagToken}$2", 1);
        var macs = MacElement().Matches(text).Select(m => m.Groups[1].Value)
            .Where(mac => mac != "00:00:00:00:00:00").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new OcsPayload(text, macs, checksum);
    }

    /// <summary>The compressed INVENTORY request for one machine.</summary>
    /// <param name="unchanged">
    /// A re-report with nothing changed: the agent compares each section with the state it saved after its last
    /// report and sends HARDWARE/CHECKSUM 0 (FusionInventory::Agent::Inventory::computeChecksum), which lets an OCS
    /// server skip rewriting the sections. Otherwise the recorded checksum (every section new).
    /// </param>
    public byte[] Inventory(MachineIdentity id, string tag, bool unchanged)
    {
        var sb = new StringBuilder(_template)
            .Replace(HostToken, id.Hostname).Replace(SerialToken, id.Serial).Replace(UuidToken, id.Uuid)
            .Replace(DeviceToken, id.DeviceId).Replace(TagToken, tag).Replace(ChecksumToken, unchanged ? "0" : _checksum);
        for (var i = 0; i < _macs.Count; i++)
        {
            sb.Replace(_macs[i], id.Mac(i));
        }

        return Compress(sb.ToString());
    }

    /// <summary>The PROLOG as FusionInventory::Agent::XML::Query::Prolog writes it (XML::TreePP, keys sorted).</summary>
    public static byte[] Prolog(MachineIdentity id) => Compress(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n" +
        $"  <DEVICEID>{id.DeviceId}</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n");

    public static string Decompress(byte[] body)
    {
        using var input = new MemoryStream(body);
        using var zlib = new ZLibStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(zlib, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Compress(string xml)
    {
        using var output = new MemoryStream();
        // Optimal is zlib's default level 6, what Compress::Zlib::compress uses.
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.UTF8.GetBytes(xml));
        }

        return output.ToArray();
    }

    private static void Require(bool found, string what, string path)
    {
        if (!found)
        {
            throw new InvalidDataException($"{path}: no {what} in the OCS payload.");
        }
    }

    [GeneratedRegex(@"<DEVICEID>[^<]*</DEVICEID>")]
    private static partial Regex DeviceIdElement();

    [GeneratedRegex(@"<CHECKSUM>([^<]*)</CHECKSUM>")]
    private static partial Regex ChecksumElement();

    [GeneratedRegex(@"<HARDWARE>.*?</HARDWARE>", RegexOptions.Singleline)]
    private static partial Regex HardwareElement();

    [GeneratedRegex(@"<NAME>[^<]*</NAME>")]
    private static partial Regex HardwareName();

    [GeneratedRegex(@"\s*<UUID>[^<]*</UUID>")]
    private static partial Regex HardwareUuid();

    [GeneratedRegex(@"<FQDN>[^<]*</FQDN>")]
    private static partial Regex FqdnElement();

    [GeneratedRegex(@"<SSN>[^<]*</SSN>")]
    private static partial Regex SerialElement();

    [GeneratedRegex(@"(<KEYNAME>TAG</KEYNAME>\s*<KEYVALUE>)[^<]*(</KEYVALUE>)")]
    private static partial Regex TagValue();

    [GeneratedRegex(@"<MACADDR>([^<]*)</MACADDR>")]
    private static partial Regex MacElement();
}
