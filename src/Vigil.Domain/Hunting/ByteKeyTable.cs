using System.Buffers.Binary;

namespace Vigil.Domain.Hunting;

/// <summary>
/// An open-addressing set of byte strings (lower-case ASCII keys) mapping to an indicator index. Keys live in one
/// shared byte array so a million indicators cost one allocation instead of a million, and lookups take a span
/// straight from the log buffer without building a string.
/// </summary>
internal sealed class ByteKeyTable
{
    private byte[] _blob = new byte[1024];
    private int _blobLength;
    private int[] _offsets = new int[16];
    private int[] _lengths = new int[16];
    private int[] _values = new int[16];
    private int _count;
    private int[] _slots = CreateSlots(32);

    // One bit per hash value (its high bits), sized at 16 bits per key and sealed after building: nearly every token of
    // a log is not an indicator, and this answers "no" from a table small enough for the CPU cache.
    private ulong[] _filter = [];
    private int _filterShift = 64;

    public int Count => _count;

    /// <summary>Adds a key; a key already present keeps its first value (indicators are deduplicated before this).</summary>
    public void Add(ReadOnlySpan<byte> key, int value)
    {
        if (TryGet(key, out _))
        {
            return;
        }

        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_count == _offsets.Length)
        {
            Array.Resize(ref _offsets, _count * 2);
            Array.Resize(ref _lengths, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        while (_blobLength + key.Length > _blob.Length)
        {
            Array.Resize(ref _blob, _blob.Length * 2);
        }

        key.CopyTo(_blob.AsSpan(_blobLength));
        _offsets[_count] = _blobLength;
        _lengths[_count] = key.Length;
        _values[_count] = value;
        _blobLength += key.Length;
        Insert(_slots, _count, Hash(key));
        _count++;
    }

    /// <summary>Trims the growth slack once building is done.</summary>
    public void Seal()
    {
        var bits = 1 << 16;
        while (bits < _count * 16 && bits < 1 << 27)
        {
            bits <<= 1;
        }

        _filter = new ulong[bits / 64];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)bits);
        for (var i = 0; i < _count; i++)
        {
            var bit = Hash(_blob.AsSpan(_offsets[i], _lengths[i])) >> _filterShift;
            _filter[bit >> 6] |= 1UL << (int)(bit & 63);
        }

        Array.Resize(ref _blob, _blobLength);
        Array.Resize(ref _offsets, _count);
        Array.Resize(ref _lengths, _count);
        Array.Resize(ref _values, _count);
    }

    public bool TryGet(ReadOnlySpan<byte> key, out int value)
    {
        var hash = Hash(key);
        if (_filter.Length > 0)
        {
            var bit = hash >> _filterShift;
            if ((_filter[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                value = -1;
                return false;
            }
        }

        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry < 0)
            {
                value = -1;
                return false;
            }

            if (_lengths[entry] == key.Length && _blob.AsSpan(_offsets[entry], key.Length).SequenceEqual(key))
            {
                value = _values[entry];
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    private void Grow()
    {
        var slots = CreateSlots(_slots.Length * 2);
        for (var i = 0; i < _count; i++)
        {
            Insert(slots, i, Hash(_blob.AsSpan(_offsets[i], _lengths[i])));
        }

        _slots = slots;
    }

    private static void Insert(int[] slots, int entry, ulong hash)
    {
        var mask = slots.Length - 1;
        var slot = (int)hash & mask;
        while (slots[slot] >= 0)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = entry;
    }

    private static int[] CreateSlots(int size)
    {
        var slots = new int[size];
        Array.Fill(slots, -1);
        return slots;
    }

    /// <summary>A multiply-xorshift hash over 8-byte words: keys are short and this runs once per candidate token.</summary>
    private static ulong Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 29;
            key = key[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 32);
    }
}
