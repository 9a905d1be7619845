using Vigil.Domain.Inventory.Ocs;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>Seeded, so a failure reproduces: mutations of real agent documents must never throw.</summary>
public class OcsInventoryParserFuzzTests
{
    private static readonly byte[] Interesting = "<>/&;=\"' \n!?[]-#xKB0"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xA0, 0xE1, 0xBA, 0xA3, 0xFF, 0xFE, 0x80 }).ToArray();

    [Theory]
    [InlineData(OcsFixtures.Windows10, 1)]
    [InlineData(OcsFixtures.WindowsXp, 2)]
    [InlineData(OcsFixtures.Windows7, 3)]
    public void MutatedDocuments_NeverThrow_AndErrorsAreLocated(string fixture, int seed)
    {
        var original = OcsFixtures.Bytes(fixture);
        var random = new Random(seed);
        var options = new OcsParserOptions { MaxCharacters = original.Length + 4096 };
        var failures = 0;
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var input = Mutate(original, random);

            var result = OcsInventoryParser.Parse(input, OcsFixtures.ReceivedAt, options);

            if (result.IsSuccess)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Value!.DeviceId));
                Assert.All(result.Value.Report?.Snapshot.Hotfixes ?? [], kb => Assert.Matches("^KB[0-9]+$", kb));
            }
            else
            {
                failures++;
                Assert.StartsWith("ocs.", result.Error!.Code, StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(result.Error.Location));
                Assert.False(string.IsNullOrEmpty(result.Error.Message));
            }
        }

        // Both paths are exercised: some mutations break the XML, others only change values.
        Assert.InRange(failures, 1, 1_999);
    }

    internal static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = Interesting[random.Next(Interesting.Length)];
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 400), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    // Truncation: agents' uploads cut off by a dropped connection.
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }

        return [.. bytes];
    }
}
