namespace Vigil.Domain.Tests;

/// <summary>
/// The seeded inputs the parser fuzz tests share: random bytes biased toward a parser's syntax characters, and real
/// samples with a few bytes replaced, inserted, removed or slices duplicated (repeated keys, rows and entries). The
/// limits are per parser, so each test keeps its own input sequence for a given seed.
/// </summary>
internal sealed record FuzzBytes(byte[] Interesting, int MaxRandomLength, int MaxMutations, int MaxRemoved, int MaxDuplicated)
{
    public byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, MaxRandomLength)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = random.Next(3) == 0 ? Interesting[random.Next(Interesting.Length)] : (byte)random.Next(256);
        }

        return bytes;
    }

    public byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        var mutations = random.Next(1, MaxMutations);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, MaxRemoved), bytes.Count - at));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, MaxDuplicated), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. bytes];
    }
}
