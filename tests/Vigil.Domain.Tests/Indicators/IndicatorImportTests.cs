using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

public class IndicatorImportTests
{
    [Theory]
    [InlineData("abusech_feodotracker_ipblocklist_2024-04-04.csv", IndicatorFormat.Csv)]
    [InlineData("firehol_feodo.ipset", IndicatorFormat.Ipset)]
    [InlineData("maltrail_wannacry.txt", IndicatorFormat.PlainText)]
    [InlineData("stix21_apt1.json", IndicatorFormat.Stix)]
    [InlineData("misp_event_xorist_57c4445b.json", IndicatorFormat.MispEvent)]
    [InlineData("misp_event_obj_attr_tag_synthetic.json", IndicatorFormat.MispEvent)]
    [InlineData("openioc/zeus.ioc.xml", IndicatorFormat.OpenIoc)]
    [InlineData("openioc/iocbucket_9c2a7a3b3c8ea33d8e05ad2f0557cd56b5828a51_mhadi.ioc", IndicatorFormat.OpenIoc)]
    public void The_format_of_each_sample_is_detected_and_it_imports(string file, IndicatorFormat expected)
    {
        var content = IndicatorFixtures.Read(file);

        var format = IndicatorImport.Detect(file, content);
        var report = IndicatorImport.Parse(format, content, file);

        Assert.Equal(expected, format);
        Assert.NotEmpty(report.Entries);
        Assert.DoesNotContain(report.Entries, e => e.Code == ImportCodes.Malformed);
    }
}
