using System.Collections.Concurrent;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>
/// A thread-safe memo of lookups keyed by strings seen in inventories (OS tuples, processor names, product names).
/// A province has a few thousand distinct values; past the bound new values are computed and not kept, so hostile
/// or random input cannot grow memory without end.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private int _count;

    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> create)
    {
        if (_entries.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, state);
        if (Volatile.Read(ref _count) < capacity && _entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
