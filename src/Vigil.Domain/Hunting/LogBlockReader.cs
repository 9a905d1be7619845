using System.Buffers;
using System.IO.Compression;

namespace Vigil.Domain.Hunting;

/// <summary>
/// Cuts a log stream (plain, or gzip recognised by its magic bytes) into blocks of whole lines with their first line
/// number, so blocks can be hunted independently. A line longer than the block grows the block up to
/// <see cref="MaxLineLength"/>; past that the line is cut (a hit spanning the cut is missed; such lines are not logs).
/// </summary>
public sealed class LogBlockReader : IDisposable
{
    public const int DefaultBlockSize = 4 << 20;
    public const int MaxLineLength = 64 << 20;

    private readonly Stream _stream;
    private readonly int _blockSize;
    private byte[] _carry = [];
    private int _carryLength;
    private long _nextLine = 1;
    private bool _ended;

    public LogBlockReader(Stream stream, int blockSize = DefaultBlockSize)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 16);
        _blockSize = blockSize;
        var magic = new byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        var prefixed = new PrefixedStream(magic.AsSpan(0, read).ToArray(), stream);
        IsGzip = read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        _stream = IsGzip ? new GZipStream(prefixed, CompressionMode.Decompress) : prefixed;
    }

    public bool IsGzip { get; }

    /// <summary>
    /// The next block, or null at the end; the caller disposes it once done with its bytes. Throws
    /// <see cref="InvalidDataException"/> on a corrupt gzip stream.
    /// </summary>
    public LogBlock? Next()
    {
        if (_ended && _carryLength == 0)
        {
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(_blockSize, _carryLength * 2));
        _carry.AsSpan(0, _carryLength).CopyTo(buffer);
        var length = _carryLength;
        _carryLength = 0;
        while (true)
        {
            while (!_ended && length < buffer.Length)
            {
                var read = _stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    _ended = true;
                }

                length += read;
            }

            var cut = _ended ? length : buffer.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && buffer.Length < MaxLineLength && !_ended)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
                continue;
            }

            if (cut == 0)
            {
                cut = length;
            }

            // The partial last line waits in a carry buffer that is kept and reused across blocks.
            _carryLength = length - cut;
            if (_carry.Length < _carryLength)
            {
                _carry = new byte[Math.Max(_carryLength, 1 << 16)];
            }

            buffer.AsSpan(cut, _carryLength).CopyTo(_carry);
            if (cut == 0)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var block = new LogBlock(buffer, cut, _nextLine);
            _nextLine += Newlines.Count(buffer.AsSpan(0, cut));
            return block;
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>A read-only stream that first returns bytes already read (the magic number) and then the rest.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream inner) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(count, prefix.Length - _position);
                Array.Copy(prefix, _position, buffer, offset, n);
                _position += n;
                return n;
            }

            return inner.Read(buffer, offset, count);
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
}
