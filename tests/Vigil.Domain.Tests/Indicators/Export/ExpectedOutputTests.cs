using Vigil.Domain.Indicators.Export;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>
/// Every format's output for the small mixed set, compared byte for byte with tests/fixtures/indicators/export/.
/// To accept a deliberate change, run with VIGIL_UPDATE_EXPECTED set to the fixtures directory and review the diff.
/// </summary>
public class ExpectedOutputTests
{
    public static TheoryData<string> Formats()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _, _) in IndicatorExportFormats.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Output_for_the_mixed_set_matches_the_expected_files(string format)
    {
        Assert.True(IndicatorExportFormats.TryParse(format, out var parsed));
        var files = IndicatorExport.Export(parsed, ExportSets.Mixed, ExportSets.Options);
        var update = Environment.GetEnvironmentVariable("VIGIL_UPDATE_EXPECTED");
        foreach (var file in files)
        {
            var name = $"{format}.{file.Name}.expected";
            if (!string.IsNullOrEmpty(update))
            {
                File.WriteAllText(Path.Combine(update, name), file.Content);
                continue;
            }

            var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "indicators", "export", name));
            Assert.Equal(expected, file.Content);
        }
    }

    [Fact]
    public void The_same_set_in_any_order_gives_the_same_bytes()
    {
        foreach (var (_, format, _) in IndicatorExportFormats.All)
        {
            var forward = IndicatorExport.Export(format, ExportSets.Mixed, ExportSets.Options);
            var backward = IndicatorExport.Export(format, ExportSets.Mixed.Reverse(), ExportSets.Options);
            Assert.Equal(forward.Select(f => f.Content), backward.Select(f => f.Content));
        }
    }
}
