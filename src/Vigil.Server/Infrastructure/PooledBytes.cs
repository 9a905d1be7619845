using System.Buffers;
using Microsoft.AspNetCore.Http.Features;

namespace Vigil.Server.Infrastructure;

/// <summary>
/// A request body read into a rented array. Inventories are tens to hundreds of kilobytes: fresh arrays of that size
/// land on the large-object heap on every report, and at hundreds of reports a second that garbage, not the parsing,
/// sets the pace. A body read whole is also parsed in one synchronous pass instead of resuming at every buffer.
/// </summary>
internal sealed class PooledBytes : IDisposable
{
    private byte[] _array;

    private PooledBytes(int capacity) => _array = ArrayPool<byte>.Shared.Rent(capacity);

    public int Length { get; private set; }

    public ArraySegment<byte> Segment => new(_array, 0, Length);

    /// <summary>
    /// The request's body, or null when it declares or turns out to be longer than <paramref name="limit"/> bytes, so
    /// that the endpoint answers 413 itself. A declared excess is refused before anything is read.
    /// </summary>
    public static Task<PooledBytes?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return Task.FromResult<PooledBytes?>(null);
        }

        // One byte over the limit lets the read see the excess instead of Kestrel failing it.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
        }

        return ReadAsync(request.Body, limit, (int)Math.Min(request.ContentLength ?? 0, int.MaxValue), ct);
    }

    /// <summary>The whole stream, or null as soon as it passes <paramref name="limit"/> bytes (at most one byte more is read).</summary>
    public static async Task<PooledBytes?> ReadAsync(Stream stream, long limit, int expected, CancellationToken ct)
    {
        var bytes = new PooledBytes((int)Math.Clamp(Math.Min(expected, limit + 1), 4096, 1 << 20));
        try
        {
            while (bytes.Length <= limit)
            {
                if (bytes.Length == bytes._array.Length)
                {
                    bytes.Grow();
                }

                // Never ask for more than limit + 1 bytes in all, so Kestrel's own body limit (set to that) never trips.
                var want = (int)Math.Min(bytes._array.Length - bytes.Length, limit + 1 - bytes.Length);
                var read = await stream.ReadAsync(bytes._array.AsMemory(bytes.Length, want), ct);
                if (read == 0)
                {
                    return bytes;
                }

                bytes.Length += read;
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server-wide limit is lower than ours.
        }
        catch
        {
            bytes.Dispose();
            throw;
        }

        bytes.Dispose();
        return null;
    }

    public void Dispose()
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
            Length = 0;
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(_array.Length * 2));
        _array.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
