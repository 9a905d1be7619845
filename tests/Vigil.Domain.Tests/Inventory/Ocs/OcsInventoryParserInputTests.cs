using System.Text;
using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Ocs;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>Hostile, broken and oddly encoded documents: refused with a located error or read correctly, never thrown.</summary>
public class OcsInventoryParserInputTests
{
    private static string Minimal(string softwareName) =>
        $"<REQUEST><CONTENT><HARDWARE><NAME>PC-01</NAME></HARDWARE><SOFTWARES><NAME>{softwareName}</NAME></SOFTWARES></CONTENT>" +
        "<DEVICEID>PC-01-2024-01-01-00-00-00</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>";

    private static Vigil.Domain.Common.Result<OcsRequest> Parse(string xml, OcsParserOptions? options = null) =>
        OcsInventoryParser.Parse(Encoding.UTF8.GetBytes(xml), OcsFixtures.ReceivedAt, options);

    [Fact]
    public void Prolog_IsRecognisedWithoutAReport()
    {
        var result = Parse("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>vm-2026-11-22-01-02-00</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n");

        Assert.True(result.IsSuccess);
        Assert.Equal(new OcsRequest(OcsQuery.Prolog, "vm-2026-11-22-01-02-00", null), result.Value);
    }

    [Theory]
    [InlineData("<!DOCTYPE REQUEST [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n<REQUEST><DEVICEID>&c;</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE REQUEST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<REQUEST><DEVICEID>&xxe;</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>")]
    [InlineData("<!DOCTYPE REQUEST SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<REQUEST><DEVICEID>x</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>")]
    public void Dtds_EntityBombsAndExternalEntities_AreRefusedWithALocation(string xml)
    {
        var result = Parse(xml);

        Assert.False(result.IsSuccess);
        Assert.Equal("ocs.xml_invalid", result.Error!.Code);
        Assert.Matches("^line [12], column [0-9]+$", result.Error.Location);
        Assert.Contains("DTD", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<REQUEST><CONTENT><HARDWARE><NAME>PC</NAME></HARDWARE>\n<SOFTWARES><NAME>x</SOFTWARES>", "line 2")]
    [InlineData("<REQUEST><DEVICEID>a</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>\n<REQUEST/>", "line 2")]
    [InlineData("<REQUEST>\n\n<QUERY a=1>PROLOG</QUERY></REQUEST>", "line 3")]
    [InlineData("", "line 1")]
    [InlineData("not xml at all", "line 1")]
    public void MalformedXml_FailsWithLineAndColumn(string xml, string line)
    {
        var result = Parse(xml);

        Assert.False(result.IsSuccess);
        Assert.Equal("ocs.xml_invalid", result.Error!.Code);
        Assert.StartsWith(line + ", column ", result.Error.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<INVENTORY><QUERY>INVENTORY</QUERY></INVENTORY>", "ocs.not_a_request")]
    [InlineData("<REQUEST><DEVICEID>a</DEVICEID></REQUEST>", "ocs.query_missing")]
    [InlineData("<REQUEST><QUERY>INVENTORY</QUERY><CONTENT/></REQUEST>", "ocs.deviceid_missing")]
    [InlineData("<REQUEST><DEVICEID>a</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>", "ocs.content_missing")]
    public void WellFormedButNotAnInventory_IsAValidationError(string xml, string code)
    {
        var result = Parse(xml);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
        Assert.False(string.IsNullOrEmpty(result.Error.Location));
    }

    [Fact]
    public void RepeatedHeaderElements_TheFirstWins_AndReadingMovesOn()
    {
        // A second DEVICEID once left the reader standing on it, looping for ever on one server thread.
        var result = Parse("<REQUEST><DEVICEID>first</DEVICEID><DEVICEID>second</DEVICEID><QUERY>prolog</QUERY><QUERY>INVENTORY</QUERY>" +
            "<TAG>A</TAG><TAG>B</TAG></REQUEST>");

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(new OcsRequest(OcsQuery.Prolog, "first", null), result.Value);
    }

    [Fact]
    public void DeviceIdLongerThanTheLimit_IsRefused()
    {
        var result = Parse($"<REQUEST><DEVICEID>{new string('a', 256)}</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>");

        Assert.Equal("ocs.deviceid_too_long", result.Error!.Code);
    }

    [Fact]
    public void DocumentLargerThanTheLimit_IsRefusedAsTooLarge()
    {
        var big = Minimal(new string('x', 100_000));

        var result = Parse(big, new OcsParserOptions { MaxCharacters = 10_000 });

        Assert.Equal("ocs.too_large", result.Error!.Code);
        Assert.True(Parse(big).IsSuccess);
    }

    [Fact]
    public void Iso88591Declaration_IsHonoured()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Minimal("Microsoft Office Proofing Tools 2007 - Français");

        var report = OcsInventoryParser.ParseInventory(Encoding.Latin1.GetBytes(xml), OcsFixtures.ReceivedAt);

        Assert.Equal("Microsoft Office Proofing Tools 2007 - Français", Assert.Single(report.Value!.Snapshot.Software!).Name);
    }

    [Fact]
    public void Windows1252Declaration_IsHonoured()
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var xml = "<?xml version='1.0' encoding='windows-1252'?>" + Minimal("Skype™ 6.14 – Français");

        var report = OcsInventoryParser.ParseInventory(encoding.GetBytes(xml), OcsFixtures.ReceivedAt);

        Assert.Equal("Skype™ 6.14 – Français", Assert.Single(report.Value!.Snapshot.Software!).Name);
    }

    [Fact]
    public void Utf16WithByteOrderMark_IsRead()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Minimal("Cốc Cốc");

        var report = OcsInventoryParser.ParseInventory([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)], OcsFixtures.ReceivedAt);

        Assert.Equal("Cốc Cốc", Assert.Single(report.Value!.Snapshot.Software!).Name);
    }

    [Fact]
    public void UnknownEncoding_IsRefused()
    {
        var result = Parse("<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><REQUEST/>");

        Assert.Equal("ocs.encoding_unsupported", result.Error!.Code);
    }

    [Fact]
    public void InvalidUtf8AndControlCharacters_DoNotLoseTheInventory()
    {
        var head = Encoding.UTF8.GetBytes("<REQUEST><CONTENT><SOFTWARES><NAME>Bad");
        var tail = Encoding.UTF8.GetBytes(" name&#1;here\u001Fand\u0002there</NAME></SOFTWARES></CONTENT><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>");

        var report = OcsInventoryParser.ParseInventory([.. head, 0xC3, 0x28, .. tail], OcsFixtures.ReceivedAt);

        Assert.True(report.IsSuccess, report.Error?.ToString());
        Assert.Equal("Bad\uFFFD( name here and there", Assert.Single(report.Value!.Snapshot.Software!).Name);
    }

    [Fact]
    public void BareTagElement_IsTheUnitHintWhenThereIsNoAccountInfo()
    {
        var xml = "<REQUEST><CONTENT><HARDWARE><NAME>PC</NAME></HARDWARE></CONTENT><TAG> LS-LOCBINH </TAG><DEVICEID>d</DEVICEID><QUERY>inventory</QUERY></REQUEST>";

        var report = OcsInventoryParser.ParseInventory(Encoding.UTF8.GetBytes(xml), OcsFixtures.ReceivedAt).Value!;

        Assert.Equal("LS-LOCBINH", report.UnitHint);
        Assert.Null(report.Snapshot.Software);
        Assert.Null(report.Snapshot.Os);
    }

    [Fact]
    public void ParseInventory_OfAProlog_IsAnError()
    {
        var result = OcsInventoryParser.ParseInventory("<REQUEST><DEVICEID>d</DEVICEID><QUERY>PROLOG</QUERY></REQUEST>"u8.ToArray(), OcsFixtures.ReceivedAt);

        Assert.Equal("ocs.not_inventory", result.Error!.Code);
    }

    [Fact]
    public void PlaceholderSerialsAndUuids_AreDropped()
    {
        var xml = "<REQUEST><CONTENT><BIOS><SSN>To be filled by O.E.M.</SSN><MSN>..CN7016.</MSN><SMANUFACTURER>System manufacturer</SMANUFACTURER>" +
            "<MMANUFACTURER>ASUSTeK COMPUTER INC.</MMANUFACTURER></BIOS><HARDWARE><UUID>00000000-0000-0000-0000-000000000000</UUID></HARDWARE></CONTENT>" +
            "<DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>";

        var s = OcsInventoryParser.ParseInventory(Encoding.UTF8.GetBytes(xml), OcsFixtures.ReceivedAt).Value!.Snapshot;

        Assert.Equal(("..CN7016.", "ASUSTeK COMPUTER INC.", (string?)null), (s.SerialNumber, s.Manufacturer, s.SmbiosUuid));
    }
}
