using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Tests.Ocs;

/// <summary>Speaks the OCS protocol the way the agents do: zlib, gzip or plain XML in a POST to /ocsinventory.</summary>
internal static class OcsWire
{
    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string contentType = "application/x-compress-zlib")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ocsinventory") { Content = content };
        request.Headers.UserAgent.ParseAdd("FusionInventory-Agent_v2.6");
        return await client.SendAsync(request);
    }

    /// <summary>The reply as text, unpacked the way FusionInventory's HTTP/Client/OCS.pm does (by its first bytes).</summary>
    public static async Task<string> ReplyAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length >= 2 && bytes[0] == 0x78 && bytes[1] == 0x9C)
        {
            using var zlib = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(zlib, Encoding.UTF8);
            return await reader.ReadToEndAsync();
        }

        if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return await reader.ReadToEndAsync();
        }

        return Encoding.UTF8.GetString(bytes);
    }

    public static byte[] Prolog(string deviceId) => Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<REQUEST>\n  <DEVICEID>{deviceId}</DEVICEID>\n  <QUERY>PROLOG</QUERY>\n  <TOKEN>12345678</TOKEN>\n</REQUEST>\n");

    /// <summary>Adds a unit with <paramref name="code"/> under no parent, as an administrator would.</summary>
    public static async Task<Guid> AddUnitAsync(TestServer server, string code)
    {
        var now = DateTime.UtcNow;
        var id = Guid.NewGuid();
        var unit = new OrgUnit { Id = id, Code = code, Name = "Đơn vị " + code, Kind = UnitKind.Commune, Path = UnitTree.PathFor(id, null), CreatedAt = now, UpdatedAt = now };
        await server.WithSystemDbAsync(async db =>
        {
            db.Units.Add(unit);
            return await db.SaveChangesAsync();
        });
        return unit.Id;
    }
}
