using System.IO.Compression;
using System.Text;

namespace Vigil.Server.Features.Inventory.Ocs;

/// <summary>
/// The server's answers, written like the OCS server's (XML::Simple, RootName REPLY) and packed like the request.
/// FusionInventory recognises a zlib reply only by the bytes 0x78 0x9C (HTTP/Client/OCS.pm), so that header is
/// written by hand rather than left to the compressor's level choice.
/// </summary>
internal static class OcsReply
{
    /// <summary>"Send your inventory now, and come back in <paramref name="frequencyHours"/> hours."</summary>
    public static string Send(int frequencyHours) =>
        $"<?xml version='1.0' encoding='UTF-8'?>\n<REPLY>\n  <PROLOG_FREQ>{frequencyHours}</PROLOG_FREQ>\n  <RESPONSE>SEND</RESPONSE>\n</REPLY>\n";

    /// <summary>The OCS server's answer to a stored inventory when it has no administrative data to push back.</summary>
    public static string Stored() => "<?xml version='1.0' encoding='UTF-8'?>\n<REPLY>\n  <RESPONSE>no_account_update</RESPONSE>\n</REPLY>\n";

    public static IResult Result(string xml, OcsCompression compression)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        return compression switch
        {
            OcsCompression.Zlib => Results.Bytes(Zlib(bytes), "application/x-compressed"),
            OcsCompression.Gzip => Results.Bytes(Gzip(bytes), "application/x-compressed"),
            _ => Results.Bytes(bytes, "application/xml; charset=utf-8"),
        };
    }

    /// <summary>RFC 1950: header 0x78 0x9C, raw deflate, Adler-32 of the data (big-endian).</summary>
    public static byte[] Zlib(byte[] data)
    {
        using var output = new MemoryStream();
        output.Write([0x78, 0x9C]);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }

        var adler = Adler32(data);
        output.Write([(byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler]);
        return output.ToArray();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static uint Adler32(byte[] data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }
}
