using System.Globalization;
using System.Text;

namespace Vigil.Domain.Inventory;

/// <summary>
/// Normalises the identifiers sources report and throws away the placeholders that firmware and virtual adapters
/// share across thousands of machines, so that they never merge two computers into one.
/// </summary>
public static class IdentityKeys
{
    // Values that vendors leave in SMBIOS when nobody filled it in; all upper case, spaces collapsed.
    private static readonly HashSet<string> s_placeholderSerials = new(StringComparer.Ordinal)
    {
        "TO BE FILLED BY O.E.M.", "TO BE FILLED BY OEM", "DEFAULT STRING", "SYSTEM SERIAL NUMBER", "CHASSIS SERIAL NUMBER",
        "NONE", "N/A", "NA", "NOT SPECIFIED", "NOT APPLICABLE", "NOT AVAILABLE", "INVALID", "UNKNOWN", "SERIAL", "OEM",
        "0", "00000000", "0000000000", "000000000000", "1234567890", "123456789", "0123456789", "12345678", "XXXXXXXX",
        "XXXXXXXXXX", "BASE BOARD SERIAL NUMBER", "SYSTEM SERIAL", "EMPTY", "NO ASSET INFORMATION", "VMWARE-", ".",
    };

    // UUIDs that many boards report verbatim (AMI/Gigabyte placeholders and all-zero or all-F values).
    private static readonly HashSet<string> s_placeholderUuids = new(StringComparer.Ordinal)
    {
        "03000200-0400-0500-0006-000700080009", "00020003-0004-0005-0006-000700080009", "12345678-1234-5678-90AB-CDDEEFAABBCC",
        "4C4C4544-0000-2010-8020-80C04F202020", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", "00000000-0000-0000-0000-000000000000",
    };

    /// <summary>The identifiers of a snapshot in trust order; the hostname key is scoped to <paramref name="unitId"/>.</summary>
    public static List<(IdentityKind Kind, string Value)> Of(InventorySnapshot snapshot, Guid? unitId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var keys = new List<(IdentityKind, string)>(4);
        if (Uuid(snapshot.SmbiosUuid) is { } uuid)
        {
            keys.Add((IdentityKind.Uuid, uuid));
        }

        if (Serial(snapshot.SerialNumber) is { } serial)
        {
            keys.Add((IdentityKind.Serial, serial));
        }

        foreach (var nic in snapshot.NetworkInterfaces ?? [])
        {
            if (Mac(nic.MacAddress) is { } mac && !keys.Contains((IdentityKind.Mac, mac)))
            {
                keys.Add((IdentityKind.Mac, mac));
            }
        }

        if (unitId is { } unit && Hostname(snapshot.Hostname) is { } host)
        {
            keys.Add((IdentityKind.Hostname, HostKey(unit, host)));
        }

        return keys;
    }

    public static string HostKey(Guid unitId, string normalisedHostname) =>
        unitId.ToString("N", CultureInfo.InvariantCulture) + "/" + normalisedHostname;

    /// <summary>Upper-case canonical UUID, or null for missing, malformed or placeholder values.</summary>
    public static string? Uuid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Guid.TryParse(value.Trim().Trim('{', '}'), out var guid))
        {
            return null;
        }

        var text = guid.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();
        return s_placeholderUuids.Contains(text) || IsOneRepeatedDigit(text) ? null : text;
    }

    public static string? Serial(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = CollapseSpaces(value).ToUpperInvariant();
        if (text.Length < 3 || s_placeholderSerials.Contains(text) || IsOneRepeatedDigit(text) || text.StartsWith("VMWARE-", StringComparison.Ordinal))
        {
            // VMware serials are derived from the VM's UUID, which is already a key; keep one key per fact.
            return null;
        }

        return text;
    }

    /// <summary>aa:bb:cc:dd:ee:ff, or null for malformed, all-zero, multicast or locally administered addresses.</summary>
    /// <remarks>Locally administered MACs belong to VPN, virtual and randomised adapters, which repeat across machines.</remarks>
    public static string? Mac(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[6];
        var count = 0;
        var hex = value.AsSpan().Trim();
        var i = 0;
        while (i < hex.Length && count < 7)
        {
            if (hex[i] is ':' or '-' or '.')
            {
                i++;
                continue;
            }

            if (i + 1 >= hex.Length || !byte.TryParse(hex.Slice(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                return null;
            }

            if (count == 6)
            {
                return null;
            }

            bytes[count++] = b;
            i += 2;
        }

        if (count != 6 || (bytes[0] & 0x03) != 0 || bytes.IndexOfAnyExcept((byte)0) < 0)
        {
            return null;
        }

        return string.Create(17, bytes.ToArray(), static (span, mac) =>
        {
            for (var k = 0; k < 6; k++)
            {
                mac[k].TryFormat(span[(k * 3)..], out _, "x2", CultureInfo.InvariantCulture);
                if (k < 5)
                {
                    span[(k * 3) + 2] = ':';
                }
            }
        });
    }

    /// <summary>Upper-case short name: "pc-01.tinh.local" and "PC-01" are the same host.</summary>
    public static string? Hostname(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && !char.IsDigit(text[0]))
        {
            text = text[..dot];
        }

        text = text.ToUpperInvariant();
        return text is "LOCALHOST" or "" ? null : text;
    }

    private static bool IsOneRepeatedDigit(string text)
    {
        char? first = null;
        foreach (var c in text)
        {
            if (c == '-')
            {
                continue;
            }

            first ??= c;
            if (c != first)
            {
                return false;
            }
        }

        return true;
    }

    private static string CollapseSpaces(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
