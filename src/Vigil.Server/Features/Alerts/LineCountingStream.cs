namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Reads an inner stream up to a byte limit, counting bytes and line feeds on the way: the hunter reads it once and
/// the log's size and line count come for free.
/// </summary>
internal sealed class LineCountingStream(Stream inner, long limit) : Stream
{
    public long BytesRead { get; private set; }

    public long LineFeeds { get; private set; }

    /// <summary>Whether the last byte read was a line feed (a last line without one still counts as a line).</summary>
    public bool EndsWithLineFeed { get; private set; } = true;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var allowed = (int)Math.Min(buffer.Length, limit - BytesRead);
        if (allowed <= 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..allowed]);
        if (read > 0)
        {
            var span = buffer[..read];
            BytesRead += read;
            LineFeeds += span.Count((byte)'\n');
            EndsWithLineFeed = span[^1] == (byte)'\n';
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
