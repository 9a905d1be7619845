namespace Vigil.Domain.Hunting;

/// <summary>A run of whole lines read from a log: <see cref="Data"/> up to <see cref="Length"/>, starting at line <see cref="FirstLine"/> (1-based).</summary>
public sealed record LogBlock(byte[] Data, int Length, long FirstLine)
{
    public ReadOnlySpan<byte> Span => Data.AsSpan(0, Length);
}
