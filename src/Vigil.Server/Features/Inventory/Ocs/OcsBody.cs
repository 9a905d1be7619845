using System.IO.Compression;
using Vigil.Domain.Common;
using Vigil.Server.Infrastructure;

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

    /// <summary>The XML in a rented buffer that the caller disposes once the document is handled.</summary>
    public static async Task<Result<(PooledBytes Xml, OcsCompression Compression)>> ReadAsync(HttpRequest request, OcsOptions options, CancellationToken ct)
    {
        var raw = await PooledBytes.ReadBodyAsync(request, options.MaxRequestBytes, ct);
        if (raw is null)
        {
            return Error.Validation(TooLarge, $"The request body is larger than {options.MaxRequestBytes} bytes.", "body");
        }

        var compression = Detect(raw.Segment);
        if (compression == OcsCompression.None)
        {
            if (raw.Length > options.MaxDocumentBytes)
            {
                raw.Dispose();
                return Error.Validation(TooLarge, $"The document is larger than {options.MaxDocumentBytes} bytes.", "body");
            }

            return (raw, compression);
        }

        using (raw)
        {
            try
            {
                using var input = new MemoryStream(raw.Segment.Array!, 0, raw.Length, writable: false);
                await using Stream unpacked = compression == OcsCompression.Zlib
                    ? new ZLibStream(input, CompressionMode.Decompress)
                    : new GZipStream(input, CompressionMode.Decompress);

                // Inventories compress about eight to one; starting near that saves most regrowth.
                var xml = await PooledBytes.ReadAsync(unpacked, options.MaxDocumentBytes, raw.Length * 8, ct);
                return xml is null
                    ? Error.Validation(TooLarge, $"The document is larger than {options.MaxDocumentBytes} bytes once decompressed.", "body")
                    : (xml, compression);
            }
            catch (InvalidDataException e)
            {
                return Error.Validation("ocs.compression_invalid", $"The {compression} data is damaged: {e.Message}", "body");
            }
        }
    }

    private static OcsCompression Detect(ReadOnlySpan<byte> raw)
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
}
