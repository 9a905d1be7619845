namespace Vigil.Domain.Inventory.Ocs;

/// <summary>Counts the characters handed to the XML reader, to tell "too large" apart from other XML errors.</summary>
internal sealed class CountingTextReader(TextReader inner) : TextReader
{
    public long Count { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Count++;
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        Count += read;
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        Count += read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
