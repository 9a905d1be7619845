using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// Reads XML parts of an Office Open XML package (XLSX, DOCX) with the BCL only: the total uncompressed size is
/// capped (zip bombs), each part is read through a counting limit rather than trusting its declared size, and DTDs are
/// prohibited. Failures are values: the caller reports them as one rejection.
/// </summary>
internal sealed class OfficePackage : IDisposable
{
    private readonly ZipArchive _zip;
    private long _budget;

    private OfficePackage(ZipArchive zip, long budget)
    {
        _zip = zip;
        _budget = budget;
    }

    public static OfficePackage? Open(byte[] content, long maxUncompressed, out string? problem)
    {
        problem = null;
        try
        {
            return new OfficePackage(new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read), maxUncompressed);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            problem = "The file is not an Office document (not a readable ZIP package).";
            return null;
        }
    }

    /// <summary>The part as XML, or null (problem set when the part exists but cannot be read).</summary>
    public XDocument? Part(string name, out string? problem)
    {
        problem = null;
        try
        {
            // The central directory is read lazily, so a corrupt package can fail here as well as on Open.
            var entry = _zip.GetEntry(name.TrimStart('/'));
            if (entry is null)
            {
                return null;
            }

            using var stream = entry.Open();
            using var limited = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                _budget -= read;
                if (_budget < 0)
                {
                    problem = "The document expands to more than the size limit (a compressed bomb or a huge workbook).";
                    return null;
                }

                limited.Write(buffer, 0, read);
            }

            limited.Position = 0;
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(limited, settings);
            return XDocument.Load(reader);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException)
        {
            problem = $"The part {name} cannot be read: {e.Message}";
            return null;
        }
    }

    public void Dispose() => _zip.Dispose();
}
