using System.Buffers;

namespace Vigil.Domain.Hunting;

/// <summary>
/// A run of whole lines read from a log: <see cref="Data"/> up to <see cref="Length"/>, starting at line
/// <see cref="FirstLine"/> (1-based). The buffer is rented from the shared array pool; disposing the block returns it,
/// so reading a large log reuses a few buffers instead of allocating (and page-faulting) a new one per block.
/// </summary>
public sealed class LogBlock(byte[] data, int length, long firstLine) : IDisposable
{
    private byte[]? _data = data;

    public byte[] Data => _data ?? throw new ObjectDisposedException(nameof(LogBlock));

    public int Length { get; } = length;

    public long FirstLine { get; } = firstLine;

    public ReadOnlySpan<byte> Span => Data.AsSpan(0, Length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _data, null) is { } data)
        {
            ArrayPool<byte>.Shared.Return(data);
        }
    }
}
