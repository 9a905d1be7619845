using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;

namespace Vigil.Domain.Tests.Indicators;

public class OpenIocTests
{
    private static ImportReport Read(string name) => OpenIocParser.Parse(IndicatorFixtures.Read("openioc/" + name), name);

    [Theory]
    [InlineData("ccapp.ioc.xml", 2, 2, 0, 5)]
    [InlineData("duqu.ioc.xml", 0, 1, 0, 24)]
    [InlineData("find_windows.ioc.xml", 1, 1, 0, 13)]
    [InlineData("iocbucket_9c2a7a3b3c8ea33d8e05ad2f0557cd56b5828a51_mhadi.ioc", 6, 6, 13, 11)]
    [InlineData("msbgt.ioc.xml", 2, 0, 0, 20)]
    [InlineData("shelldc_backdoor.ioc.xml", 3, 1, 1, 28)]
    [InlineData("stuxnet.ioc.xml", 0, 2, 4, 11)]
    [InlineData("zeus.ioc.xml", 0, 0, 0, 12)]
    public void Real_iocs_import_ored_exact_items_and_explain_the_rest(string file, int imported, int inAnd, int notExact, int skipped)
    {
        var report = Read(file);

        Assert.Equal(imported, report.ImportedCount + report.Entries.Count(e => e.Code == ImportCodes.Duplicate));
        Assert.Equal(inAnd, report.Rejected.Count(e => e.Reason!.Contains("part of an AND combination", StringComparison.Ordinal)));
        Assert.Equal(notExact, report.Rejected.Count(e => e.Reason!.Contains("is not an exact value", StringComparison.Ordinal)));
        Assert.Equal(skipped, report.Entries.Count(e => e.Code == ImportCodes.NotApplicable));
        Assert.All(report.Entries, e => Assert.NotNull(e.Location.Line));
        Assert.All(report.Entries, e => Assert.StartsWith("IndicatorItem ", e.Location.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Values_and_metadata_of_real_iocs()
    {
        var msbgt = Read("msbgt.ioc.xml");
        Assert.NotNull(msbgt.Find(IndicatorType.Md5, "f7d3e3e7a6424c14d19ba5f5f1679ae3"));
        Assert.NotNull(msbgt.Find(IndicatorType.Ipv4, "65.55.1.250"));

        var mhadi = Read("iocbucket_9c2a7a3b3c8ea33d8e05ad2f0557cd56b5828a51_mhadi.ioc");
        Assert.NotNull(mhadi.Find(IndicatorType.Email, "afs0000n@ymail.com"));
        Assert.NotNull(mhadi.Find(IndicatorType.FileName, "Magic_Machine1123.pps"));

        var ccapp = Read("ccapp.ioc.xml");
        Assert.All(ccapp.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Family)));
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE ioc [<!ENTITY x "evil.example">]>
            <ioc xmlns="http://schemas.mandiant.com/2010/ioc"><definition><Indicator operator="OR">
            <IndicatorItem id="1" condition="is"><Context document="Network" search="Network/DNS"/><Content type="string">&x;</Content></IndicatorItem>
            </Indicator></definition></ioc>
            """u8;

        var report = OpenIocParser.Parse(xml, "dtd.ioc");

        Assert.Empty(report.Indicators);
        var entry = Assert.Single(report.Entries);
        Assert.Equal(ImportCodes.Malformed, entry.Code);
        Assert.Contains("DTD", entry.Reason, StringComparison.Ordinal);
        Assert.Equal("document", entry.Location.Path);
    }

    [Fact]
    public void Or_items_are_imported_and_and_items_are_not()
    {
        var xml = """
            <ioc xmlns="http://schemas.mandiant.com/2010/ioc"><short_description>Test</short_description><definition>
            <Indicator operator="OR">
              <IndicatorItem id="a" condition="is"><Context document="Network" search="Network/DNS"/><Content type="string">evil.example</Content></IndicatorItem>
              <Indicator operator="OR">
                <IndicatorItem id="b" condition="is"><Context document="PortItem" search="PortItem/remoteIP"/><Content type="IP">198.51.100.4</Content></IndicatorItem>
              </Indicator>
              <Indicator operator="AND">
                <IndicatorItem id="c" condition="is"><Context document="FileItem" search="FileItem/Md5sum"/><Content type="md5">d41d8cd98f00b204e9800998ecf8427e</Content></IndicatorItem>
                <IndicatorItem id="d" condition="is"><Context document="FileItem" search="FileItem/FileName"/><Content type="string">x.exe</Content></IndicatorItem>
              </Indicator>
            </Indicator></definition></ioc>
            """u8;

        var report = OpenIocParser.Parse(xml, "t.ioc");

        Assert.Equal(["evil.example", "198.51.100.4"], report.Indicators.Select(i => i.Value.Value));
        Assert.All(report.Indicators, i => Assert.Equal("Test", i.Family));
        Assert.Equal(2, report.Rejected.Count(e => e.Code == ImportCodes.Unsupported));
        Assert.Contains("1 other condition", report.Rejected.First().Reason, StringComparison.Ordinal);
    }
}
