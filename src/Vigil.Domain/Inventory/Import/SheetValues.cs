using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// Reads the values people type into inventory sheets. Lenient about form ("8 GB", "3,5", "có", "64-bit",
/// "001a.2b3c.4d5e"), strict about meaning: anything it cannot read for certain is refused, never guessed.
/// </summary>
public static class SheetValues
{
    public const int MaxHostnameLength = 100;

    private static readonly HashSet<string> s_yes = ["co", "yes", "y", "x", "true", "1", "dung", "phai", "ca nhan"];
    private static readonly HashSet<string> s_no = ["khong", "no", "n", "false", "0", "sai", "k", "co quan"];
    private static readonly HashSet<string> s_none = ["khong", "khong co", "none", "no", "chua cai", "chua co"];

    public static bool TryParseYesNo(string text, out bool value)
    {
        var key = TextKey.Of(text);
        value = s_yes.Contains(key);
        return value || s_no.Contains(key);
    }

    /// <summary>"Không", "none": the person checked and there is no such product (as opposed to an empty cell).</summary>
    public static bool MeansNone(string text) => s_none.Contains(TextKey.Of(text));

    /// <summary>
    /// A size in gigabytes: "8", "8 GB", "3,5", "3.5", "1 TB" (= 1024), "512 MB" (= 0.5). One ',' or '.' is the decimal
    /// mark (Vietnamese writes "3,5"); repeated ones ("1.000.000") group thousands.
    /// </summary>
    public static bool TryParseGigabytes(string text, out decimal gigabytes)
    {
        gigabytes = 0;
        var s = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        decimal factor = 1;
        foreach (var (suffix, f) in s_units)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length)
            {
                s = s[..^suffix.Length];
                factor = f;
                break;
            }
        }

        if (s.Length == 0 || s.Length > 30)
        {
            return false;
        }

        var dots = s.Count(c => c == '.');
        var commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            // Both marks: the last one is the decimal mark, the other groups thousands.
            var decimalMark = s.LastIndexOf('.') > s.LastIndexOf(',') ? '.' : ',';
            var groupMark = decimalMark == '.' ? ',' : '.';
            if (s.Count(c => c == decimalMark) > 1)
            {
                return false;
            }

            s = s.Replace(groupMark.ToString(), "", StringComparison.Ordinal).Replace(',', '.');
        }
        else if (dots > 1 || commas > 1)
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        }
        else
        {
            s = s.Replace(',', '.');
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        gigabytes = number * factor;
        return true;
    }

    private static readonly (string Suffix, decimal Factor)[] s_units =
    [
        ("gib", 1m), ("gb", 1m), ("g", 1m), ("tib", 1024m), ("tb", 1024m), ("t", 1024m), ("mib", 1m / 1024), ("mb", 1m / 1024),
    ];

    /// <summary>
    /// One or more MAC addresses separated by ';', ',' or white space, each as 00:1A:2B:3C:4D:5E, 00-1A-2B-3C-4D-5E,
    /// 001A.2B3C.4D5E or 001A2B3C4D5E. Returns them as upper-case colon form without repeats; <paramref name="bad"/>
    /// is the first part that is not an address.
    /// </summary>
    public static bool TryParseMacAddresses(string text, out IReadOnlyList<string> addresses, out string bad)
    {
        var list = new List<string>();
        addresses = list;
        bad = "";
        foreach (var part in text.Split([';', ',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NormaliseMac(part) is not { } mac)
            {
                bad = part;
                return false;
            }

            if (!list.Contains(mac))
            {
                list.Add(mac);
            }
        }

        return true;
    }

    private static string? NormaliseMac(string part)
    {
        Span<char> hex = stackalloc char[12];
        var n = 0;
        foreach (var c in part)
        {
            if (c is ':' or '-' or '.')
            {
                continue;
            }

            if (!char.IsAsciiHexDigit(c) || n == 12)
            {
                return null;
            }

            hex[n++] = char.ToLowerInvariant(c);
        }

        // All zeros and the broadcast address are what tools print for "no address"; they would merge strangers.
        if (n != 12 || hex.IndexOfAnyExcept('0') < 0 || hex.IndexOfAnyExcept('f') < 0)
        {
            return null;
        }

        return string.Create(17, hex.ToString(), static (span, h) =>
        {
            for (var i = 0; i < 6; i++)
            {
                span[i * 3] = h[i * 2];
                span[(i * 3) + 1] = h[(i * 2) + 1];
                if (i < 5)
                {
                    span[(i * 3) + 2] = ':';
                }
            }
        });
    }

    /// <summary>A SMBIOS UUID in upper-case 8-4-4-4-12 form; the all-zero and all-F placeholders are refused.</summary>
    public static bool TryParseUuid(string text, out string uuid)
    {
        uuid = "";
        if (!Guid.TryParse(text.Trim(), out var guid) || guid == Guid.Empty || guid == Guid.AllBitsSet)
        {
            return false;
        }

        uuid = guid.ToString("D").ToUpperInvariant();
        return true;
    }

    /// <summary>Letters A–Z (any case), digits, '-', '_' and '.', as Windows and network devices allow; a final '.' is dropped.</summary>
    public static bool TryParseHostname(string text, out string hostname)
    {
        hostname = text.Trim().TrimEnd('.');
        if (hostname.Length is 0 or > MaxHostnameLength)
        {
            return false;
        }

        foreach (var c in hostname)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The key under which a device name is unique in a unit: upper case.</summary>
    public static string HostnameKey(string hostname) => hostname.ToUpperInvariant();

    /// <summary>
    /// The key under which a computer name is unique in a unit: the short upper-case name, as the inventory matches
    /// computers ("kt-pc01.xa.local" is KT-PC01).
    /// </summary>
    public static string ComputerNameKey(string hostname) => IdentityKeys.Hostname(hostname) ?? HostnameKey(hostname);

    public static bool TryParseArchitecture(string text, out string architecture)
    {
        architecture = TextKey.Of(text) switch
        {
            "x64" or "x86 64" or "x86x64" or "amd64" or "64" or "64 bit" or "64bit" or "intel64" => "x64",
            "x86" or "x32" or "32" or "32 bit" or "32bit" or "i386" or "i686" => "x86",
            "arm64" or "aarch64" => "arm64",
            _ => "",
        };
        return architecture.Length > 0;
    }

    public static bool TryParseDiskKind(string text, out DiskKind kind)
    {
        kind = TextKey.Of(text) switch
        {
            "ssd" or "nvme" or "ssd nvme" or "nvme ssd" or "m 2" or "ssd m 2" or "ssd sata" or "sata ssd" or "o the ran" => DiskKind.Ssd,
            "hdd" or "sata hdd" or "hdd sata" or "o cung co" or "o co" or "o cung" => DiskKind.Hdd,
            _ => DiskKind.Unknown,
        };
        return kind != DiskKind.Unknown;
    }

    /// <summary>An IPv4 address in full dotted decimal form or an IPv6 address, without a prefix length.</summary>
    public static bool TryParseIpAddress(string text, out string address)
    {
        address = "";
        var s = text.Trim();
        if (s.Contains(':', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(s, out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return false;
            }

            address = v6.ToString();
            return true;
        }

        // IPAddress would read "10.1" and "167772161" as IPv4 and "192.168.001.010" as octal (…1.8): people mean
        // four decimal numbers.
        var parts = s.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }

        var octets = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3 || !parts[i].All(char.IsAsciiDigit) || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out octets[i]))
            {
                return false;
            }
        }

        address = new IPAddress(octets).ToString();
        return true;
    }

    /// <summary>The family of an operating system from its name, and the name with "Win 7" spelt "Windows 7".</summary>
    public static OsInfo OperatingSystem(string name, string? version, string? architecture)
    {
        var trimmed = name.Trim();
        var key = TextKey.Of(trimmed);
        if (key.StartsWith("win ", StringComparison.Ordinal) || (key.StartsWith("win", StringComparison.Ordinal) && key.Length > 3 && char.IsAsciiDigit(key[3])))
        {
            trimmed = "Windows " + trimmed[3..].TrimStart();
        }

        key = TextKey.Of(trimmed);
        var family = key.Contains("windows", StringComparison.Ordinal) ? OsFamily.Windows
            : s_linuxWords.Any(w => key.Contains(w, StringComparison.Ordinal)) ? OsFamily.Linux
            : key.Contains("mac", StringComparison.Ordinal) ? OsFamily.MacOs
            : OsFamily.Other;
        return new OsInfo { Family = family, Name = trimmed, Version = version, Architecture = architecture };
    }

    private static readonly string[] s_linuxWords = ["linux", "ubuntu", "debian", "centos", "red hat", "redhat", "fedora", "mint", "suse", "rocky", "alma"];

    private static readonly Dictionary<string, string> s_vendors = new(StringComparer.Ordinal)
    {
        ["cisco"] = "Cisco", ["cisco systems"] = "Cisco", ["fortinet"] = "Fortinet", ["fortigate"] = "Fortinet",
        ["tp link"] = "TP-Link", ["tplink"] = "TP-Link", ["huawei"] = "Huawei", ["juniper"] = "Juniper",
        ["juniper networks"] = "Juniper", ["aruba"] = "Aruba", ["mikrotik"] = "MikroTik", ["ubiquiti"] = "Ubiquiti",
        ["draytek"] = "DrayTek", ["zyxel"] = "Zyxel", ["d link"] = "D-Link", ["dlink"] = "D-Link", ["netgear"] = "Netgear",
        ["ruijie"] = "Ruijie", ["h3c"] = "H3C", ["sophos"] = "Sophos", ["palo alto"] = "Palo Alto Networks",
        ["palo alto networks"] = "Palo Alto Networks", ["check point"] = "Check Point", ["checkpoint"] = "Check Point",
        ["linksys"] = "Linksys", ["tenda"] = "Tenda", ["totolink"] = "TOTOLINK", ["hpe"] = "HPE", ["allied telesis"] = "Allied Telesis",
    };

    /// <summary>Known vendors spelt one way ("cisco", "CISCO SYSTEMS" → "Cisco") so that reports can count them; others as written.</summary>
    public static string Vendor(string text) => s_vendors.GetValueOrDefault(TextKey.Of(text)) ?? text.Trim();
}
