using System.Security.Cryptography;
using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// Stable SIDs: a hash of the rule's key (kind and value) placed in the configured range, probing to the next free
/// SID on a collision. Exports are ordered, so the same set always gets the same SIDs, and a value keeps its SID while
/// the set around it changes (unless it lost a collision, which the range size makes rare).
/// </summary>
internal sealed class SidAllocator(long sidBase, long range)
{
    private readonly HashSet<long> _used = [];

    public long Next(string key)
    {
        if (_used.Count >= range)
        {
            throw new InvalidOperationException($"The SID range of {range} is full; raise SidRange.");
        }

        var offset = (long)(Hash(key) % (ulong)range);
        while (!_used.Add(sidBase + offset))
        {
            offset = (offset + 1) % range;
        }

        return sidBase + offset;
    }

    /// <summary>The first 8 bytes of SHA-256 of the UTF-8 text: stable across runs and platforms, unlike string.GetHashCode.</summary>
    public static ulong Hash(string text) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
