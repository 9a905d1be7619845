using Vigil.Domain.Indicators.Export;

namespace Vigil.Domain.Tests.Indicators.Export;

/// <summary>Feeds serve only single-file formats, so the declaration must hold for any set, empty or full.</summary>
public class SingleFileFormatTests
{
    public static TheoryData<string> Formats() => [.. IndicatorExportFormats.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_single_file_format_gives_one_file_for_any_set_and_the_others_several_for_a_full_set(string name)
    {
        Assert.True(IndicatorExportFormats.TryParse(name, out var format));
        var full = IndicatorExport.Export(format, ExportSets.Mixed, ExportSets.Options);
        var empty = IndicatorExport.Export(format, [], ExportSets.Options);
        if (IndicatorExportFormats.IsSingleFile(format))
        {
            Assert.Single(full);
            Assert.Single(empty);
        }
        else
        {
            Assert.True(full.Count > 1, $"{name} gave {full.Count} file(s) for the mixed set");
        }
    }
}
