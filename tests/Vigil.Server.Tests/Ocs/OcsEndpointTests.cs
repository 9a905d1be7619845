using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Ocs;

/// <summary>The /ocsinventory protocol over real HTTP: packing, replies, limits and what gets stored.</summary>
public sealed class OcsEndpointTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(RepositoryFiles.Fixture("ocs", name));

    [Fact]
    public async Task Prolog_IsAnsweredSend_WithTheConfiguredFrequency_InZlibAsTheAgentExpects()
    {
        await using var server = await TestServer.StartAsync("--Vigil:Ocs:PrologFrequencyHours=12");
        var client = server.Anonymous();

        var response = await OcsWire.PostAsync(client, OcsWire.Zlib(OcsWire.Prolog("KT-PC03-2024-05-20-08-14-52")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // FusionInventory's HTTP/Client/OCS.pm only treats a body as zlib when it finds these two bytes.
        Assert.Equal([0x78, 0x9C], bytes[..2]);
        var reply = await OcsWire.ReplyAsync(new HttpResponseMessage { Content = new ByteArrayContent(bytes) });
        Assert.Contains("<RESPONSE>SEND</RESPONSE>", reply, StringComparison.Ordinal);
        Assert.Contains("<PROLOG_FREQ>12</PROLOG_FREQ>", reply, StringComparison.Ordinal);
        Assert.StartsWith("<?xml", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inventory_WithAKnownTag_IsStoredInThatUnit_AndEachPackingGetsAReplyInKind()
    {
        await using var server = await TestServer.StartAsync();
        var unitId = await OcsWire.AddUnitAsync(server, "LS-LOCBINH");
        var client = server.Anonymous();
        var xml = Fixture("win7-sp1-fusioninventory-2.6.xml");

        var zlib = await OcsWire.PostAsync(client, OcsWire.Zlib(xml));
        var plain = await OcsWire.PostAsync(client, xml, "application/xml");
        var gzip = await OcsWire.PostAsync(client, OcsWire.Gzip(xml), "application/x-compress-gzip");

        foreach (var response in new[] { zlib, plain, gzip })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("<RESPONSE>no_account_update</RESPONSE>", await OcsWire.ReplyAsync(response), StringComparison.Ordinal);
        }

        Assert.Equal("application/x-compressed", zlib.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/xml", plain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(0x1F, (await gzip.Content.ReadAsByteArrayAsync())[0]);
        var (computer, source) = await server.WithSystemDbAsync(async db =>
            (await db.Computers.SingleAsync(), await db.ComputerSources.SingleAsync()));
        Assert.Equal(unitId, computer.UnitId);
        Assert.Equal("KT-PC03", computer.Hostname);
        Assert.Equal("Windows 7", computer.OsRelease);
        Assert.Equal("Service Pack 1", computer.OsServicePack);
        Assert.Equal(2039, computer.RamMb);
        Assert.Equal("ocs", computer.Source);
        Assert.Equal((InventorySource.Ocs, "KT-PC03-2024-05-20-08-14-52"), (source.Source, source.SourceKey));
        Assert.Contains("KB4012212", source.SnapshotJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inventory_WithAnUnknownTag_WaitsInTheUnassignedQueue()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.Anonymous();

        var response = await OcsWire.PostAsync(client, OcsWire.Zlib(Fixture("winxp-sp3-ocs-2.1.xml")), "application/x-compress");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var queued = await server.WithSystemDbAsync(async db =>
            (await db.UnassignedReports.SingleAsync(), await db.Computers.CountAsync()));
        Assert.Equal(("LS-LOCBINH-MN", "VT-PC01", InventorySource.Ocs), (queued.Item1.UnitHint, queued.Item1.Hostname, queued.Item1.Source));
        Assert.Equal(0, queued.Item2);
    }

    [Theory]
    [InlineData("<REQUEST><CONTENT><HARDWARE><NAME>PC</NAME></HARDWARE>\n<SOFTWARES></CONTENT></REQUEST>", "ocs.xml_invalid", "line 2, column 14")]
    [InlineData("<!DOCTYPE REQUEST [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><REQUEST><DEVICEID>&x;</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>", "ocs.xml_invalid", "line 1, column")]
    [InlineData("<REQUEST><DEVICEID>d</DEVICEID><QUERY>DOWNLOAD</QUERY></REQUEST>", "ocs.query_unsupported", "REQUEST/QUERY")]
    [InlineData("<REQUEST><QUERY>INVENTORY</QUERY><CONTENT/></REQUEST>", "ocs.deviceid_missing", "REQUEST/DEVICEID")]
    public async Task BadDocuments_Get400WithTheParseError_AndNothingIsStored(string xml, string code, string location)
    {
        await using var server = await TestServer.StartAsync();
        await OcsWire.AddUnitAsync(server, "LS-LOCBINH");

        var response = await OcsWire.PostAsync(server.Anonymous(), OcsWire.Zlib(Encoding.UTF8.GetBytes(xml)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("errorCode").GetString());
        Assert.StartsWith(location, problem.RootElement.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync(server));
    }

    [Fact]
    public async Task DamagedZlib_Gets400()
    {
        await using var server = await TestServer.StartAsync();
        var packed = OcsWire.Zlib(Fixture("win10-22h2-fusioninventory-2.6.xml"));
        packed[packed.Length / 2] ^= 0xFF;
        packed = packed[..(packed.Length * 3 / 4)];

        var response = await OcsWire.PostAsync(server.Anonymous(), packed);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(server));
    }

    [Fact]
    public async Task ZipBomb_StopsAtTheDocumentLimit_With413()
    {
        await using var server = await TestServer.StartAsync("--Vigil:Ocs:MaxDocumentBytes=1000000");
        // 64 MB of one byte packs into about 64 KB.
        var bomb = OcsWire.Zlib(new byte[64 * 1024 * 1024]);

        var response = await OcsWire.PostAsync(server.Anonymous(), bomb);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ocs.too_large", problem.RootElement.GetProperty("errorCode").GetString());
        Assert.Equal((0, 0, 0), await CountsAsync(server));
    }

    [Fact]
    public async Task BodyOverTheRequestLimit_Gets413_WithOrWithoutContentLength()
    {
        await using var server = await TestServer.StartAsync("--Vigil:Ocs:MaxRequestBytes=2000");
        var client = server.Anonymous();
        var body = OcsWire.Zlib(Fixture("win7-sp1-fusioninventory-2.6.xml"));
        Assert.True(body.Length > 2000);

        var declared = await OcsWire.PostAsync(client, body);
        var streamed = new StreamContent(new MemoryStream(body));
        var chunked = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/ocsinventory")
        {
            Content = streamed,
            Headers = { TransferEncodingChunked = true },
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task Get_AnswersPlainText_AndDisabledEndpointIs404()
    {
        await using (var server = await TestServer.StartAsync())
        {
            var get = await server.Anonymous().GetAsync("/ocsinventory");
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Contains("OCS Inventory", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var disabled = await TestServer.StartAsync("--Vigil:Ocs:Enabled=false"))
        {
            var client = disabled.Anonymous();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ocsinventory")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await OcsWire.PostAsync(client, OcsWire.Zlib(OcsWire.Prolog("x")))).StatusCode);
        }
    }

    [Fact]
    public async Task BeyondThePermitsPerMinute_Gets429AsProblemDetails()
    {
        await using var server = await TestServer.StartAsync("--Vigil:Ocs:PermitsPerMinute=2");
        var client = server.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await OcsWire.PostAsync(client, OcsWire.Zlib(OcsWire.Prolog("pc-" + i)))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // The API's own budget is untouched by agents.
        Assert.Equal(HttpStatusCode.OK, (await (await server.ApiClientAsync("admin")).GetAsync("/api/v1/me")).StatusCode);
    }

    private static Task<(int, int, int)> CountsAsync(TestServer server) => server.WithSystemDbAsync(async db =>
        (await db.Computers.CountAsync(), await db.ComputerSources.CountAsync(), await db.UnassignedReports.CountAsync()));
}
