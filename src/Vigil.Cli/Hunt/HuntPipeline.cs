using System.Collections.Concurrent;
using Vigil.Domain.Hunting;

namespace Vigil.Cli.Hunt;

/// <summary>
/// Hunts blocks in the order they are added and writes their hits in that order. With one thread everything runs on
/// the caller's thread. With N threads, each block is hunted on the thread pool while the caller reads the next ones,
/// so reading and decompressing overlap the scanning; at most 2N blocks are in flight (bounding memory to 2N buffers),
/// and the oldest is written as soon as it is done.
/// </summary>
internal sealed class HuntPipeline(IndicatorMatcher matcher, int threads, HuntWriter writer, HuntProgress? meter) : IDisposable
{
    private readonly Queue<(LogBlock Block, Task<List<HuntHit>> Hits)> _inFlight = new();
    private readonly ConcurrentBag<LogHunter> _hunters = [];
    private readonly LogHunter _own = new(matcher);

    public long Found { get; private set; }

    /// <summary>Takes ownership of <paramref name="block"/>: it is disposed once hunted.</summary>
    public void Add(string file, LogFormat format, LogHeader header, LogBlock block)
    {
        if (threads <= 1)
        {
            using (block)
            {
                Write(block, Hunt(_own, file, format, header, block));
            }

            return;
        }

        while (_inFlight.Count >= threads * 2)
        {
            WriteOldest();
        }

        _inFlight.Enqueue((block, Task.Run(() =>
        {
            var hunter = _hunters.TryTake(out var pooled) ? pooled : new LogHunter(matcher);
            try
            {
                return Hunt(hunter, file, format, header, block);
            }
            finally
            {
                _hunters.Add(hunter);
            }
        })));
    }

    /// <summary>Waits for every block in flight and writes its hits.</summary>
    public void Drain()
    {
        while (_inFlight.Count > 0)
        {
            WriteOldest();
        }
    }

    public void Dispose()
    {
        // Only reached with blocks in flight when an exception escaped; their hunts finish before the buffers go back.
        foreach (var (block, hits) in _inFlight)
        {
            try
            {
                hits.Wait();
            }
            catch (AggregateException)
            {
                // The escaping exception is the one to report; a hunt failing alongside it adds nothing.
            }

            block.Dispose();
        }

        _inFlight.Clear();
    }

    private void WriteOldest()
    {
        var (block, hits) = _inFlight.Peek();
        var result = hits.GetAwaiter().GetResult();
        _inFlight.Dequeue();
        using (block)
        {
            Write(block, result);
        }
    }

    private void Write(LogBlock block, List<HuntHit> hits)
    {
        foreach (var hit in hits)
        {
            writer.Write(hit);
        }

        Found += hits.Count;
        meter?.Advance(block.Length, hits.Count);
    }

    private static List<HuntHit> Hunt(LogHunter hunter, string file, LogFormat format, LogHeader header, LogBlock block)
    {
        var hits = new List<HuntHit>();
        hunter.HuntBlock(block.Span, block.FirstLine, file, format, header, hits);
        return hits;
    }
}
