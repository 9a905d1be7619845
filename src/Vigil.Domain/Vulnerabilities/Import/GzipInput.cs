using System.IO.Compression;

namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>Unpacks gzip uploads (NVD feed files, *.json.gz) with a size cap, so a small bomb cannot fill memory.</summary>
internal static class GzipInput
{
    public const long MaxBytes = 512L * 1024 * 1024;

    public static bool IsGzip(ReadOnlySpan<byte> content) => content.Length >= 2 && content[0] == 0x1f && content[1] == 0x8b;

    /// <summary>The unpacked bytes, or null with a reason.</summary>
    public static byte[]? Unpack(byte[] content, out string? reason)
    {
        reason = null;
        try
        {
            using var input = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > MaxBytes)
                {
                    reason = $"it unpacks to more than {MaxBytes / (1024 * 1024)} MB";
                    return null;
                }

                output.Write(buffer, 0, read);
            }

            // A cut-off download still inflates to a prefix; the trailer's size (mod 2^32) tells.
            var expected = content.Length >= 18 ? BitConverter.ToUInt32(content, content.Length - 4) : uint.MaxValue;
            if ((uint)output.Length != expected)
            {
                reason = "it is truncated (the unpacked size does not match the gzip trailer)";
                return null;
            }

            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            reason = "it is not valid gzip (" + e.Message + ")";
            return null;
        }
    }
}
