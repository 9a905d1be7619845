using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Vigil.Domain.Indicators.Import;

/// <summary>
/// Reads entries of a ZIP upload (an Office Open XML package, a zipped MISP feed) with the BCL only: the total
/// uncompressed size is capped (zip bombs), each entry is read through a counting limit rather than trusting its
/// declared size, and XML parts are read with DTDs prohibited. Failures are values: the caller reports them as one
/// rejection.
/// </summary>
internal sealed class ZipPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private long _budget;

    private ZipPackage(ZipArchive zip, long budget)
    {
        _zip = zip;
        _budget = budget;
    }

    public static ZipPackage? Open(byte[] content, long maxUncompressed, out string? problem)
    {
        problem = null;
        try
        {
            return new ZipPackage(new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read), maxUncompressed);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            problem = "The file is not a readable ZIP package (an Office document or a zipped MISP feed).";
            return null;
        }
    }

    /// <summary>The part as XML, or null (problem set when the part exists but cannot be read).</summary>
    public XDocument? Part(string name, out string? problem)
    {
        if (Bytes(name, out problem) is not { } bytes)
        {
            return null;
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            problem = $"The part {name} cannot be read: {e.Message}";
            return null;
        }
    }

    /// <summary>The entry's bytes, or null (problem set when the entry exists but cannot be read within the budget).</summary>
    public byte[]? Bytes(string name, out string? problem)
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
                    problem = "The archive expands to more than the size limit (a compressed bomb or a huge file).";
                    return null;
                }

                limited.Write(buffer, 0, read);
            }

            return limited.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            problem = $"The part {name} cannot be read: {e.Message}";
            return null;
        }
    }

    /// <summary>The full names of the entries whose file name (without folder) is <paramref name="fileName"/>.</summary>
    public IReadOnlyList<string> Find(string fileName)
    {
        try
        {
            return [.. _zip.Entries.Where(e => string.Equals(e.Name, fileName, StringComparison.OrdinalIgnoreCase)).Select(e => e.FullName)];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    public void Dispose() => _zip.Dispose();
}
