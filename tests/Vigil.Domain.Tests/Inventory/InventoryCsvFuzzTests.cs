using System.Text;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Domain.Tests.Inventory;

/// <summary>Seeded, so a failure reproduces: mutated inventory CSVs never throw, and every error is located.</summary>
public class InventoryCsvFuzzTests
{
    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(
        "\uFEFF" + Sheets.ComputerHeader.Replace('|', ';') + "\r\n" +
        "UB-A;PC-01;PF0ABC12;4C4C4544-0042-3510-8057-B4C04F384E32;00:1A:2B:3C:4D:5E;Nguyễn Văn An;Có;Windows 7 Professional;6.1.7601;x64;Intel Core i3-4130;4;SSD;120;Bkav Endpoint;\"a;\"\"b\"\"\nc\"\r\n" +
        "UB-A;PC-02;;;;;Không;Windows 10 Pro;22H2;x64;;8;HDD;500;Không;\r\n");

    private static readonly byte[] Interesting = "\";,\r\n\uFEFF .:-|0123456789ABCDEFx"u8.ToArray();

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void MutatedFiles_NeverThrow_AndErrorsAreLocated(int seed)
    {
        var random = new Random(seed);
        var writable = new Dictionary<string, Guid> { ["UB-A"] = Guid.NewGuid() };
        for (var iteration = 0; iteration < 1_500; iteration++)
        {
            var input = Mutate(Seed, random);
            var content = InventoryCsv.Read(input, "f.csv");
            var lines = input.Count(b => b == (byte)'\n') + 2;
            var parsed = content.IsReadable ? InventorySheetParser.Parse(content.Sheets) : null;
            var errors = parsed is null ? content.Errors : InventoryImportPlan.Build(parsed, writable, [], (_, _) => ImportAction.New).Errors;
            foreach (var error in errors)
            {
                Assert.Equal("f.csv", error.Location.Sheet);
                Assert.InRange(error.Location.Row, 0, lines);
                Assert.False(string.IsNullOrWhiteSpace(error.Code));
                Assert.False(string.IsNullOrWhiteSpace(error.Message));
            }

            if (parsed is { IsValid: true })
            {
                Assert.Equal(parsed.Computers.Count + parsed.NetworkDevices.Count, parsed.UnitReferences.Count);
            }
        }
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = original.ToList();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(4))
            {
                case 0 when bytes.Count > 0 && at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. bytes];
    }
}
