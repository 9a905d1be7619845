using System.Globalization;
using System.Text;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// A variable binding's value: its BER tag and, by type, the integer, the octets or the OID. Exceptions
/// (noSuchObject, noSuchInstance, endOfMibView) and NULL carry nothing.
/// </summary>
public sealed record SnmpValue(byte Tag, long Number, byte[] Octets, SnmpOid? Oid)
{
    public static SnmpValue Null { get; } = new(BerTag.Null, 0, [], null);

    public bool IsException => Tag is BerTag.NoSuchObject or BerTag.NoSuchInstance or BerTag.EndOfMibView;

    /// <summary>Octets as text: UTF-8 when they are valid UTF-8, otherwise Latin-1, without trailing NULs some agents add.</summary>
    public string? Text => Tag switch
    {
        BerTag.OctetString => DecodeText(Octets),
        BerTag.ObjectIdentifier => Oid?.ToString(),
        BerTag.Integer or BerTag.Counter32 or BerTag.Gauge32 or BerTag.TimeTicks or BerTag.Counter64 => Number.ToString(CultureInfo.InvariantCulture),
        BerTag.IpAddress when Octets.Length == 4 => string.Join('.', Octets.Select(b => b.ToString(CultureInfo.InvariantCulture))),
        _ => null,
    };

    public byte[] Encode() => Tag switch
    {
        BerTag.Integer => BerWriter.Integer(Number),
        BerTag.Counter32 or BerTag.Gauge32 or BerTag.TimeTicks or BerTag.Counter64 => BerWriter.Unsigned(Tag, (ulong)Number),
        BerTag.ObjectIdentifier => BerWriter.ObjectIdentifier(Oid!),
        BerTag.Null or BerTag.NoSuchObject or BerTag.NoSuchInstance or BerTag.EndOfMibView => [Tag, 0],
        _ => BerWriter.Tlv(Tag, Octets),
    };

    /// <summary>Reads a value of any SNMPv2 type; false for a malformed one.</summary>
    public static bool TryDecode(byte tag, ReadOnlySpan<byte> content, out SnmpValue value)
    {
        value = Null;
        switch (tag)
        {
            case BerTag.Integer:
                if (!BerReader.TryDecodeInteger(content, out var number))
                {
                    return false;
                }

                value = new SnmpValue(tag, number, [], null);
                return true;
            case BerTag.Counter32 or BerTag.Gauge32 or BerTag.TimeTicks or BerTag.Counter64:
                if (!BerReader.TryDecodeUnsigned(content, out var unsigned) || (tag != BerTag.Counter64 && unsigned > uint.MaxValue))
                {
                    return false;
                }

                value = new SnmpValue(tag, unchecked((long)unsigned), [], null);
                return true;
            case BerTag.ObjectIdentifier:
                if (!SnmpOid.TryDecode(content, out var oid))
                {
                    return false;
                }

                value = new SnmpValue(tag, 0, [], oid);
                return true;
            case BerTag.Null or BerTag.NoSuchObject or BerTag.NoSuchInstance or BerTag.EndOfMibView:
                if (content.Length != 0)
                {
                    return false;
                }

                value = new SnmpValue(tag, 0, [], null);
                return true;
            case BerTag.OctetString or BerTag.Opaque:
                value = new SnmpValue(tag, 0, content.ToArray(), null);
                return true;
            case BerTag.IpAddress:
                if (content.Length != 4)
                {
                    return false;
                }

                value = new SnmpValue(tag, 0, content.ToArray(), null);
                return true;
            default:
                return false;
        }
    }

    public static SnmpValue FromText(string text) => new(BerTag.OctetString, 0, Encoding.UTF8.GetBytes(text), null);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static string DecodeText(byte[] octets)
    {
        var span = octets.AsSpan().TrimEnd((byte)0);
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(span);
        }
    }
}
