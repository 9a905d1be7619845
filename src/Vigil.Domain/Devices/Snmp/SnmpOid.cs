using System.Globalization;
using System.Text;

namespace Vigil.Domain.Devices.Snmp;

/// <summary>An OBJECT IDENTIFIER as its sub-identifiers, ordered lexicographically as SNMP walks them.</summary>
public sealed class SnmpOid : IEquatable<SnmpOid>, IComparable<SnmpOid>
{
    /// <summary>RFC 2578 3.5: at most 128 sub-identifiers.</summary>
    public const int MaxArcs = 128;

    private readonly uint[] _arcs;

    private SnmpOid(uint[] arcs) => _arcs = arcs;

    public static SnmpOid Empty { get; } = new([]);

    public ReadOnlySpan<uint> Arcs => _arcs;

    public int Length => _arcs.Length;

    /// <summary>Parses dotted text ("1.3.6.1.2.1.1.1.0", a leading dot allowed); a constant in code that fails is a bug.</summary>
    public static SnmpOid Parse(string text) =>
        TryParse(text, out var oid) ? oid : throw new FormatException($"'{text}' is not an OBJECT IDENTIFIER.");

    public static bool TryParse(string? text, out SnmpOid oid)
    {
        oid = Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().TrimStart('.').Split('.');
        if (parts.Length is < 2 or > MaxArcs)
        {
            return false;
        }

        var arcs = new uint[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || !uint.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out arcs[i]))
            {
                return false;
            }
        }

        if (arcs[0] > 2 || (arcs[0] < 2 && arcs[1] > 39) || (arcs[0] == 2 && arcs[1] > uint.MaxValue - 80))
        {
            return false;
        }

        oid = new SnmpOid(arcs);
        return true;
    }

    public static bool TryDecode(ReadOnlySpan<byte> content, out SnmpOid oid)
    {
        oid = Empty;
        if (content.Length == 0)
        {
            return false;
        }

        var arcs = new List<uint>();
        ulong current = 0;
        var octets = 0;
        foreach (var b in content)
        {
            if (octets == 0 && b == 0x80)
            {
                return false;
            }

            current = (current << 7) | (uint)(b & 0x7F);
            if (++octets > 5 || current > uint.MaxValue + 80UL)
            {
                return false;
            }

            if ((b & 0x80) != 0)
            {
                continue;
            }

            if (arcs.Count == 0)
            {
                var first = current < 40 ? 0u : current < 80 ? 1u : 2u;
                var second = current - (first * 40);
                if (second > uint.MaxValue)
                {
                    return false;
                }

                arcs.Add(first);
                arcs.Add((uint)second);
            }
            else
            {
                if (current > uint.MaxValue)
                {
                    return false;
                }

                arcs.Add((uint)current);
            }

            if (arcs.Count > MaxArcs)
            {
                return false;
            }

            current = 0;
            octets = 0;
        }

        if (octets != 0)
        {
            return false;
        }

        oid = new SnmpOid([.. arcs]);
        return true;
    }

    public byte[] Encode()
    {
        var bytes = new List<byte>(_arcs.Length + 4);
        AppendBase128(bytes, (_arcs[0] * 40UL) + _arcs[1]);
        for (var i = 2; i < _arcs.Length; i++)
        {
            AppendBase128(bytes, _arcs[i]);
        }

        return [.. bytes];
    }

    /// <summary>A child of this one (this.1.2.3).</summary>
    public SnmpOid Append(params uint[] arcs) => new([.. _arcs, .. arcs]);

    /// <summary>True when <paramref name="prefix"/> is this OID or an ancestor of it.</summary>
    public bool StartsWith(SnmpOid prefix) => prefix is not null && _arcs.AsSpan().StartsWith(prefix._arcs);

    public int CompareTo(SnmpOid? other)
    {
        if (other is null)
        {
            return 1;
        }

        return _arcs.AsSpan().SequenceCompareTo(other._arcs);
    }

    public bool Equals(SnmpOid? other) => other is not null && _arcs.AsSpan().SequenceEqual(other._arcs);

    public override bool Equals(object? obj) => obj is SnmpOid other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var a in _arcs)
        {
            hash.Add(a);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(SnmpOid? left, SnmpOid? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SnmpOid? left, SnmpOid? right) => !(left == right);

    public static bool operator <(SnmpOid? left, SnmpOid? right) => Compare(left, right) < 0;

    public static bool operator <=(SnmpOid? left, SnmpOid? right) => Compare(left, right) <= 0;

    public static bool operator >(SnmpOid? left, SnmpOid? right) => Compare(left, right) > 0;

    public static bool operator >=(SnmpOid? left, SnmpOid? right) => Compare(left, right) >= 0;

    private static int Compare(SnmpOid? left, SnmpOid? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    public override string ToString()
    {
        var text = new StringBuilder(_arcs.Length * 3);
        for (var i = 0; i < _arcs.Length; i++)
        {
            if (i > 0)
            {
                text.Append('.');
            }

            text.Append(_arcs[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static void AppendBase128(List<byte> bytes, ulong value)
    {
        Span<byte> buffer = stackalloc byte[10];
        var i = buffer.Length;
        buffer[--i] = (byte)(value & 0x7F);
        value >>= 7;
        while (value != 0)
        {
            buffer[--i] = (byte)(0x80 | (value & 0x7F));
            value >>= 7;
        }

        foreach (var b in buffer[i..])
        {
            bytes.Add(b);
        }
    }
}
