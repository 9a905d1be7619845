namespace Vigil.Domain.Demo;

/// <summary>
/// Version-7-shaped GUIDs whose time part is the demo's "now" and whose random part comes from the seeded
/// generator, so the same seed gives the same ids (Guid.CreateVersion7 would not) while indexes stay time-ordered.
/// </summary>
internal sealed class DemoIds(DateTime nowUtc, Random random)
{
    private readonly long _unixMilliseconds = new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(_unixMilliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
