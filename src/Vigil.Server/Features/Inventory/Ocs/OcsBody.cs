using System.IO.Compression;
using Vigil.Domain.Common;

namespace Vigil.Server.Features.Inventory.Ocs;

/// <summary>How an agent packed its XML; the reply is packed the same way.</summary>
internal enum OcsCompression
{
    None = 0,
    Zlib = 1,
    Gzip = 2,
}

/// <summary>
/// Reads an agent's request body within the configured limits and unpacks it. Agents send zlib (RFC 1950, the OCS
/// and FusionInventory default, Content-Type application/x-compress or x-compress-zlib), gzip when Perl's zlib is
/// missing, or plain XML with <c>--no-compression</c>; the bytes say which, whatever the Content-Type claims.
/// </summary>
internal static class OcsBody
{
    public const string TooLarge = "ocs.too_large";

    public static async Task<Result<(byte[] Xml, OcsCompression Compression)>> ReadAsync(Stream body, OcsOptions options, CancellationToken ct)
    {
        var raw = await ReadLimitedAsync(body, options.MaxRequestBytes, ct);
        if (raw is null)
        {
            return Error.Validation(TooLarge, $"The request body is larger than {options.MaxRequestBytes} bytes.", "body");
        }

        var compression = Detect(raw);
        if (compression == OcsCompression.None)
        {
            return raw.Length > options.MaxDocumentBytes
                ? Error.Validation(TooLarge, $"The document is larger than {options.MaxDocumentBytes} bytes.", "body")
                : (raw, compression);
        }

        try
        {
            using var input = new MemoryStream(raw, writable: false);
            await using Stream unpacked = compression == OcsCompression.Zlib
                ? new ZLibStream(input, CompressionMode.Decompress)
                : new GZipStream(input, CompressionMode.Decompress);
            var xml = await ReadLimitedAsync(unpacked, options.MaxDocumentBytes, ct);
            return xml is null
                ? Error.Validation(TooLarge, $"The document is larger than {options.MaxDocumentBytes} bytes once decompressed.", "body")
                : (xml, compression);
        }
        catch (InvalidDataException e)
        {
            return Error.Validation("ocs.compression_invalid", $"The {compression} data is damaged: {e.Message}", "body");
        }
    }

    private static OcsCompression Detect(byte[] raw)
    {
        if (raw.Length >= 2 && raw[0] == 0x1F && raw[1] == 0x8B)
        {
            return OcsCompression.Gzip;
        }

        // A zlib header: deflate with a window of at most 32 KiB (CMF 0x78 and below) and a check value divisible by 31.
        return raw.Length >= 2 && (raw[0] & 0x0F) == 8 && raw[0] >> 4 <= 7 && ((raw[0] << 8) | raw[1]) % 31 == 0
            ? OcsCompression.Zlib
            : OcsCompression.None;
    }

    /// <summary>The whole stream, or null as soon as it passes <paramref name="limit"/> bytes (at most one byte more is read).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            while (buffer.Length <= limit)
            {
                // Never ask for more than limit + 1 bytes in all, so Kestrel's own body limit (set to that) never trips.
                var want = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, want), ct);
                if (read == 0)
                {
                    return buffer.ToArray();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // The server-wide limit is lower than ours.
        }

        return null;
    }
}
