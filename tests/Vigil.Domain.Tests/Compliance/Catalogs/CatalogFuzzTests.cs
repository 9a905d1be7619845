using System.Globalization;
using System.Text;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Compliance.Catalogs;

/// <summary>Seeded, so a failure reproduces: random bytes and mutations of valid files never throw, and errors say where.</summary>
public class CatalogFuzzTests
{
    private static readonly FuzzBytes Inputs = new("-:[]{},#&*!|>'\"%@` \t\r\n?\\~0123456789.LTSC"u8.ToArray().Concat(new byte[] { 0x00, 0xC3, 0xA0, 0xEF, 0xBB, 0xBF, 0xFF, 0x80 }).ToArray(), MaxRandomLength: 300, MaxMutations: 6, MaxRemoved: 30, MaxDuplicated: 200);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Lifecycle_parser_never_throws(int seed) =>
        Fuzz(seed, CatalogSamples.Lifecycle, "os-lifecycle.yaml", OsLifecycleCatalog.Parse, catalog =>
        {
            catalog.Find(OsFamily.Windows, "Microsoft Windows 10 Pro", "Pro", "10.0.19045", "19045");
            catalog.Find(OsFamily.Linux, "Ubuntu 22.04.4 LTS", null, "22.04", null);
            catalog.UnsupportedReleasesAsOf(new DateOnly(2026, 1, 1));
            OsLifecycleCatalog.Default.Merge(catalog);
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Ms17010_parser_never_throws(int seed) =>
        Fuzz(seed, CatalogSamples.Ms17010, "ms17-010.yaml", Ms17010Catalog.Parse, catalog =>
        {
            catalog.Check(OsFamily.Windows, "Microsoft Windows 7 Professional", "6.1.7601", "7601", ["KB4012212"]);
            catalog.Check(OsFamily.Windows, "Microsoft Windows 10 Pro", "10.0.14393", "14393.1066", null);
            Ms17010Catalog.Default.Merge(catalog);
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Processor_list_parser_never_throws(int seed) =>
        Fuzz(seed, CatalogSamples.Processors, "windows11-processors.yaml", Windows11Processors.Parse, list =>
        {
            list.IsSupported("Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz");
            Windows11Processors.Default.Merge(list);
        });

    private static void Fuzz<T>(int seed, string sample, string fileName, Func<string, string, Result<T>> parse, Action<T> use)
    {
        var random = new Random(seed);
        var valid = Encoding.UTF8.GetBytes(sample);
        for (var iteration = 0; iteration < 1_500; iteration++)
        {
            var bytes = iteration % 4 == 0 ? Inputs.RandomBytes(random) : Inputs.Mutate(valid, random);
            var text = Encoding.UTF8.GetString(bytes);

            var result = parse(text, fileName);

            if (result.IsSuccess)
            {
                use(result.Value!);
                continue;
            }

            var error = result.Error!;
            Assert.Equal("catalog.invalid", error.Code);
            var location = error.Location!.Split(':');
            Assert.True(location.Length == 3 && location[0] == fileName, error.Message);
            var line = long.Parse(location[1], CultureInfo.InvariantCulture);
            var column = long.Parse(location[2], CultureInfo.InvariantCulture);
            // YAML counts \r, \n, NEL and the Unicode separators as line breaks.
            Assert.InRange(line, 1, text.Count(c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') + 2);
            Assert.True(column >= 1, error.Message);
            Assert.StartsWith(error.Location + ": ", error.Message, StringComparison.Ordinal);
        }
    }
}
