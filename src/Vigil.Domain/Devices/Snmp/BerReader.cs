namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// Reads definite-length BER elements one after another from a span. Never throws: a failed read returns false and
/// leaves the reason in <see cref="Problem"/>. Offsets are absolute within the whole message, so a caller can find the
/// authentication parameters it must zero to verify a digest.
/// </summary>
public ref struct BerReader
{
    /// <summary>SNMP over UDP fits in 65,507 bytes; a length beyond that is garbage, not a message.</summary>
    public const int MaxLength = 65_535;

    private readonly ReadOnlySpan<byte> _data;
    private readonly int _base;
    private int _position;

    public BerReader(ReadOnlySpan<byte> data, int baseOffset = 0)
    {
        _data = data;
        _base = baseOffset;
        _position = 0;
        Problem = null;
    }

    public readonly bool HasMore => _position < _data.Length;

    /// <summary>Why the last read failed; null after a success.</summary>
    public string? Problem { get; private set; }

    /// <summary>The absolute offset of the next element.</summary>
    public readonly int Offset => _base + _position;

    public bool TryReadElement(out byte tag, out ReadOnlySpan<byte> content, out int contentOffset)
    {
        tag = 0;
        content = default;
        contentOffset = 0;
        if (_position >= _data.Length)
        {
            return Fail($"an element was expected at byte {Offset} but the data ended");
        }

        var at = _position;
        tag = _data[at++];
        if ((tag & 0x1F) == 0x1F)
        {
            return Fail($"byte {_base + _position}: multi-byte tags are not used by SNMP");
        }

        if (at >= _data.Length)
        {
            return Fail($"byte {_base + _position}: the element has no length");
        }

        int length = _data[at++];
        if (length == 0x80)
        {
            return Fail($"byte {_base + _position}: indefinite lengths are not allowed in SNMP");
        }

        if (length > 0x80)
        {
            var count = length & 0x7F;
            if (count > 3 || at + count > _data.Length)
            {
                return Fail($"byte {_base + _position}: the length takes {count} octets, which is more than the data allows");
            }

            length = 0;
            for (var i = 0; i < count; i++)
            {
                length = (length << 8) | _data[at++];
            }

            if (length > MaxLength)
            {
                return Fail($"byte {_base + _position}: length {length} is larger than any SNMP message");
            }
        }

        if (length > _data.Length - at)
        {
            return Fail($"byte {_base + _position}: the element claims {length} bytes but only {_data.Length - at} remain");
        }

        content = _data.Slice(at, length);
        contentOffset = _base + at;
        _position = at + length;
        Problem = null;
        return true;
    }

    public bool TryReadExpected(byte expected, string what, out ReadOnlySpan<byte> content, out int contentOffset)
    {
        var start = Offset;
        if (!TryReadElement(out var tag, out content, out contentOffset))
        {
            return Fail($"{what}: {Problem}");
        }

        return tag == expected || Fail($"byte {start}: {what} has tag 0x{tag:X2}, expected 0x{expected:X2}");
    }

    public bool TryReadSequence(string what, out BerReader inner) => TryReadConstructed(BerTag.Sequence, what, out inner);

    public bool TryReadConstructed(byte expected, string what, out BerReader inner)
    {
        inner = default;
        if (!TryReadExpected(expected, what, out var content, out var offset))
        {
            return false;
        }

        inner = new BerReader(content, offset);
        return true;
    }

    public bool TryReadInteger(string what, out long value)
    {
        value = 0;
        return TryReadExpected(BerTag.Integer, what, out var content, out _) && (TryDecodeInteger(content, out value) || Fail($"{what}: not a valid 64-bit INTEGER"));
    }

    public bool TryReadOctetString(string what, out ReadOnlySpan<byte> value, out int offset) =>
        TryReadExpected(BerTag.OctetString, what, out value, out offset);

    public bool TryReadOid(string what, out SnmpOid oid)
    {
        oid = SnmpOid.Empty;
        if (!TryReadExpected(BerTag.ObjectIdentifier, what, out var content, out var offset))
        {
            return false;
        }

        return SnmpOid.TryDecode(content, out oid) || Fail($"byte {offset}: {what} is not a valid OBJECT IDENTIFIER");
    }

    /// <summary>Two's-complement big-endian INTEGER content, at most 8 octets (9 with a leading zero for unsigned 64-bit).</summary>
    public static bool TryDecodeInteger(ReadOnlySpan<byte> content, out long value)
    {
        value = 0;
        if (content.Length is 0 or > 8)
        {
            return false;
        }

        value = (content[0] & 0x80) != 0 ? -1 : 0;
        foreach (var b in content)
        {
            value = (value << 8) | b;
        }

        return true;
    }

    /// <summary>Unsigned SMIv2 types (Counter32, Gauge32, TimeTicks, Counter64): up to 8 octets plus a leading zero.</summary>
    public static bool TryDecodeUnsigned(ReadOnlySpan<byte> content, out ulong value)
    {
        value = 0;
        if (content.Length == 9 && content[0] == 0)
        {
            content = content[1..];
        }

        if (content.Length is 0 or > 8)
        {
            return false;
        }

        foreach (var b in content)
        {
            value = (value << 8) | b;
        }

        return true;
    }

    private bool Fail(string problem)
    {
        Problem = problem;
        return false;
    }
}
