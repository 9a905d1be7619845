using System.IO.Compression;
using System.Text;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.InventoryImport;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>
/// Seeded, so a failure reproduces: mutated workbooks never throw; a file that cannot be read gets exactly one
/// precise file error, and one that can is parsed without exceptions.
/// </summary>
public class XlsxReaderFuzzTests
{
    private static readonly byte[] Seed = Workbooks.Fill(InventoryTemplate.Xlsx(),
        (InventorySheetNames.Computers, [
            ["A", "PC-01", "CZC1", "4C4C4544-0042-3510-8057-B4C04F384E32", "00:1A:2B:3C:4D:5E", "An", "Có", "Windows 7 Professional", "6.1.7601", "x64", "i3-4130", "4", "HDD", "500", "Bkav", "ghi chú"],
            ["A", "PC-02", "", "", "", "", "", "Windows 10 Pro", "", "", "", "8", "SSD", "256", "Không", ""],
        ]),
        (InventorySheetNames.NetworkDevices, [["A", "SW-01", "Switch", "Cisco", "WS-C2960", "FOC1", "15.0", "10.0.0.2", "Tầng 2", ""]]));

    private static readonly string[] Fragments = ["<", ">", "\"", "&", "&amp;", "r=\"", "t=\"s\"", "t=\"inlineStr\"", "<v>", "</v>", "99999", "-1", "XFE1", "<!DOCTYPE x>", "\u0000", "é", "<c>", "</row>"];

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void MutatedBytes_NeverThrow(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 150; i++)
        {
            var bytes = (byte[])Seed.Clone();
            for (var n = random.Next(1, 8); n > 0; n--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (random.Next(5) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }

            Check(bytes);
        }
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void MutatedXmlInsideAValidZip_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var parts = Parts(Seed);
        var xmlParts = parts.Keys.Where(k => k.EndsWith(".xml", StringComparison.Ordinal) || k.EndsWith(".rels", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 120; i++)
        {
            var name = xmlParts[random.Next(xmlParts.Count)];
            var text = new StringBuilder(parts[name]);
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0 when text.Length > 0 && at < text.Length:
                        text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                        break;
                    default:
                        text.Insert(at, (char)random.Next(32, 0x2000));
                        break;
                }
            }

            Check(XlsxReaderTests.Rezip(Seed, replace: (name, text.ToString())));
        }
    }

    private static void Check(byte[] file)
    {
        var content = XlsxReader.Read(file, "fuzz.xlsx", InventorySheetParser.MaxRows);
        if (!content.IsReadable)
        {
            var error = Assert.Single(content.Errors);
            Assert.StartsWith("file.", error.Code, StringComparison.Ordinal);
            Assert.Equal("fuzz.xlsx", error.Location.Sheet);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            return;
        }

        var parsed = InventorySheetParser.Parse(content.Sheets);
        Assert.All(parsed.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    private static Dictionary<string, string> Parts(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
