using System.IO.Compression;
using System.Text;
using Vigil.Domain.Hunting;

namespace Vigil.Domain.Tests.Hunting;

public class BlockReaderTests
{
    [Fact]
    public void Gzip_is_recognised_and_gives_the_same_hits_as_plain_text()
    {
        var plain = File.ReadAllBytes(Hunt.FixturePath("eve.json"));
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        var matcher = Hunt.FixtureIndicators();
        var fromGzip = new List<HuntHit>();
        packed.Position = 0;
        var format = new LogHunter(matcher).HuntStream(packed, "eve.json.gz", fromGzip.Add);
        var fromPlain = new List<HuntHit>();
        new LogHunter(matcher).HuntStream(new MemoryStream(plain), "eve.json.gz", fromPlain.Add);
        Assert.Equal(LogFormat.SuricataEve, format);
        Assert.Equal(14, fromGzip.Count);
        Assert.Equal(fromPlain, fromGzip);
    }

    [Fact]
    public void Blocks_end_on_line_boundaries_and_count_lines()
    {
        var text = string.Join("", Enumerable.Range(1, 100).Select(i => $"line {i} {new string('x', i % 37)}\n")) + "last line without newline";
        using var reader = new LogBlockReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), 64);
        var rebuilt = new StringBuilder();
        var expectedLine = 1L;
        while (reader.Next() is { } block)
        {
            Assert.Equal(expectedLine, block.FirstLine);
            var chunk = Encoding.UTF8.GetString(block.Span);
            Assert.True(chunk.EndsWith('\n') || chunk.EndsWith("newline", StringComparison.Ordinal));
            expectedLine += chunk.Count(c => c == '\n');
            rebuilt.Append(chunk);
        }

        Assert.Equal(text, rebuilt.ToString());
    }

    [Fact]
    public void A_line_longer_than_the_block_grows_the_block()
    {
        var text = "short\n" + new string('a', 300) + " evil.com\nend\n";
        var hits = new List<HuntHit>();
        new LogHunter(Hunt.Matcher("evil.com")).HuntStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x", hits.Add, LogFormat.Text);
        Assert.Equal(2, Assert.Single(hits).Line);
    }

    [Fact]
    public void Corrupt_gzip_throws_invalid_data() =>
        Assert.Throws<InvalidDataException>(() => new LogHunter(Hunt.Matcher("evil.com")).HuntStream(new MemoryStream([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), "x.gz", _ => { }));

    [Fact]
    public void A_disposed_block_gives_its_buffer_back_and_cannot_be_read()
    {
        using var reader = new LogBlockReader(new MemoryStream(Encoding.UTF8.GetBytes("a.evil.com\nb.evil.com\n")), 64);
        var block = reader.Next()!;
        Assert.Equal("a.evil.com\nb.evil.com\n", Encoding.UTF8.GetString(block.Span));

        block.Dispose();
        block.Dispose();

        Assert.Throws<ObjectDisposedException>(() => block.Span.Length);
        Assert.Null(reader.Next());
    }
}
