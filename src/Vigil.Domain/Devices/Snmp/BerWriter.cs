namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// Definite-length BER encoding of the few types SNMP needs. Messages are a few hundred bytes, so each element is its
/// own array and nesting concatenates; the lengths are needed before the content anyway.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "X.690 and RFC 2578 name these types.")]
public static class BerWriter
{
    public static byte[] Tlv(byte tag, ReadOnlySpan<byte> content)
    {
        var header = HeaderLength(content.Length);
        var result = new byte[header + content.Length];
        result[0] = tag;
        WriteLength(result.AsSpan(1, header - 1), content.Length);
        content.CopyTo(result.AsSpan(header));
        return result;
    }

    /// <summary>Identifier plus length octets for content of <paramref name="contentLength"/> bytes.</summary>
    public static int HeaderLength(int contentLength) => 1 + LengthOctets(contentLength);

    public static byte[] Integer(long value) => Tlv(BerTag.Integer, IntegerContent(value));

    public static byte[] Unsigned(byte tag, ulong value)
    {
        // Unsigned types are INTEGERs on the wire: a leading zero keeps a set top bit positive.
        Span<byte> buffer = stackalloc byte[9];
        var i = 9;
        do
        {
            buffer[--i] = (byte)value;
            value >>= 8;
        }
        while (value != 0);
        if ((buffer[i] & 0x80) != 0)
        {
            buffer[--i] = 0;
        }

        return Tlv(tag, buffer[i..]);
    }

    public static byte[] OctetString(ReadOnlySpan<byte> value) => Tlv(BerTag.OctetString, value);

    public static byte[] Null() => [BerTag.Null, 0];

    public static byte[] ObjectIdentifier(SnmpOid oid)
    {
        ArgumentNullException.ThrowIfNull(oid);
        return Tlv(BerTag.ObjectIdentifier, oid.Encode());
    }

    public static byte[] Sequence(params byte[][] elements) => Constructed(BerTag.Sequence, elements);

    public static byte[] Constructed(byte tag, params byte[][] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var total = 0;
        foreach (var e in elements)
        {
            total += e.Length;
        }

        var content = new byte[total];
        var at = 0;
        foreach (var e in elements)
        {
            e.CopyTo(content, at);
            at += e.Length;
        }

        return Tlv(tag, content);
    }

    private static byte[] IntegerContent(long value)
    {
        Span<byte> buffer = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(buffer, value);
        var start = 0;
        // Drop leading octets that only repeat the sign (X.690 8.3.2: the shortest two's-complement form).
        while (start < 7 && ((buffer[start] == 0 && (buffer[start + 1] & 0x80) == 0) || (buffer[start] == 0xFF && (buffer[start + 1] & 0x80) != 0)))
        {
            start++;
        }

        return buffer[start..].ToArray();
    }

    private static int LengthOctets(int length) => length switch
    {
        < 0x80 => 1,
        <= 0xFF => 2,
        <= 0xFFFF => 3,
        <= 0xFFFFFF => 4,
        _ => 5,
    };

    private static void WriteLength(Span<byte> target, int length)
    {
        if (target.Length == 1)
        {
            target[0] = (byte)length;
            return;
        }

        target[0] = (byte)(0x80 | (target.Length - 1));
        for (var i = target.Length - 1; i >= 1; i--)
        {
            target[i] = (byte)length;
            length >>= 8;
        }
    }
}
