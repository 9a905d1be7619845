using System.Globalization;

namespace Vigil.Cli.Hunt;

/// <summary>A one-line progress bar with throughput on stderr, redrawn at most four times a second; only on a terminal.</summary>
internal sealed class HuntProgress(TextWriter stderr, long totalBytes)
{
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private long _done;
    private long _hits;
    private long _lastDraw;

    public void Advance(long bytes, long hits)
    {
        _done += bytes;
        _hits += hits;
        var now = TimeProvider.System.GetTimestamp();
        if (TimeProvider.System.GetElapsedTime(_lastDraw, now).TotalMilliseconds >= 250)
        {
            _lastDraw = now;
            Draw();
        }
    }

    public void Finish(long hits)
    {
        _hits = hits;
        Draw();
        stderr.WriteLine();
    }

    private void Draw()
    {
        var seconds = Math.Max(TimeProvider.System.GetElapsedTime(_started).TotalSeconds, 1e-3);
        var megabytes = _done / 1e6;
        var bar = "";
        if (totalBytes > 0)
        {
            var fraction = Math.Min(1.0, (double)_done / totalBytes);
            var filled = (int)(fraction * 30);
            bar = $"[{new string('#', filled)}{new string('.', 30 - filled)}] {fraction * 100,3:0}% ";
        }

        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{bar}{megabytes:0.0} MB  {megabytes / seconds:0.0} MB/s  {_hits} hits "));
    }
}
