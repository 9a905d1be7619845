using System.Buffers.Binary;

namespace Vigil.Domain.Hunting;

/// <summary>
/// An open-addressing set of byte strings (lower-case ASCII keys) mapping to an indicator index. Keys live in one
/// shared byte array so a million indicators cost one allocation instead of a million, and lookups take a span
/// straight from the log buffer without building a string.
/// </summary>
internal sealed class ByteKeyTable
{
    private byte[] _blob;
    private int _blobLength;
    private int[] _offsets;
    private int[] _lengths;
    private int[] _values;
    private int _count;
    // Each slot holds the entry index in its low half and the top half of the key's hash in its high half, so a probe
    // that lands on another key is told apart without reading that key's bytes from elsewhere in memory.
    private ulong[] _slots;

    // A blocked Bloom filter, sized at 16 bits per key and sealed after building: two bits per key in one 64-bit word
    // (about 1 false "maybe" in 70). Nearly every token of a log is not an indicator, and this answers "no" with one
    // read from a table small enough for the CPU cache.
    private ulong[] _filter = [];
    private int _filterShift = 64;

    /// <summary>A table sized for <paramref name="capacity"/> keys of <paramref name="bytes"/> bytes in all: filled up to that, it never grows.</summary>
    public ByteKeyTable(int capacity = 16, long bytes = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _blob = new byte[(int)Math.Clamp(bytes, 1024, Array.MaxLength)];
        _offsets = new int[capacity];
        _lengths = new int[capacity];
        _values = new int[capacity];
        var slots = 32;
        while (slots < capacity * 2L + 2)
        {
            slots <<= 1;
        }

        _slots = CreateSlots(slots);
    }

    public int Count => _count;

    /// <summary>
    /// Adds a key and returns its entry number (for <see cref="KeyAt"/>); a key already present keeps its first value
    /// and gives -1 (indicators are deduplicated before this).
    /// </summary>
    public int Add(ReadOnlySpan<byte> key, int value)
    {
        if (TryGet(key, out _))
        {
            return -1;
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
        return _count++;
    }

    /// <summary>The text of an entry's key.</summary>
    public string KeyAt(int entry) => System.Text.Encoding.UTF8.GetString(_blob, _offsets[entry], _lengths[entry]);

    /// <summary>Trims the growth slack once building is done.</summary>
    public void Seal()
    {
        var words = 1 << 10;
        while (words * 64 < _count * 16 && words < 1 << 21)
        {
            words <<= 1;
        }

        _filter = new ulong[words];
        _filterShift = 64 - System.Numerics.BitOperations.Log2((uint)words);
        for (var i = 0; i < _count; i++)
        {
            var hash = Hash(_blob.AsSpan(_offsets[i], _lengths[i]));
            _filter[hash >> _filterShift] |= FilterBits(hash);
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
            var bits = FilterBits(hash);
            if ((_filter[hash >> _filterShift] & bits) != bits)
            {
                value = -1;
                return false;
            }
        }

        var mask = _slots.Length - 1;
        var slot = (int)hash & mask;
        var tag = hash & TagMask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == Empty)
            {
                value = -1;
                return false;
            }

            var index = (int)(uint)entry;
            if ((entry & TagMask) == tag && _lengths[index] == key.Length && _blob.AsSpan(_offsets[index], key.Length).SequenceEqual(key))
            {
                value = _values[index];
                return true;
            }

            slot = (slot + 1) & mask;
        }
    }

    private const ulong TagMask = 0xFFFF_FFFF_0000_0000UL;
    private const ulong Empty = ulong.MaxValue;

    /// <summary>Two bits of a filter word, chosen by hash bits that neither the word index nor the slot uses.</summary>
    private static ulong FilterBits(ulong hash) => (1UL << (int)((hash >> 20) & 63)) | (1UL << (int)((hash >> 26) & 63));

    private void Grow()
    {
        var slots = CreateSlots(_slots.Length * 2);
        for (var i = 0; i < _count; i++)
        {
            Insert(slots, i, Hash(_blob.AsSpan(_offsets[i], _lengths[i])));
        }

        _slots = slots;
    }

    private static void Insert(ulong[] slots, int entry, ulong hash)
    {
        var mask = slots.Length - 1;
        var slot = (int)hash & mask;
        while (slots[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        slots[slot] = (hash & TagMask) | (uint)entry;
    }

    private static ulong[] CreateSlots(int size)
    {
        var slots = new ulong[size];
        Array.Fill(slots, Empty);
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
