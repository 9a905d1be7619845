using System.Collections.Concurrent;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// One hunt per unit at a time in this process: two hunts of the same unit could both create the same alert. Across
/// instances the unique keys refuse the second, and the failed hunt is repeated by the next re-hunt pass.
/// </summary>
public sealed class HuntLocks
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public async Task<IDisposable> EnterAsync(Guid unitId, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(unitId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
