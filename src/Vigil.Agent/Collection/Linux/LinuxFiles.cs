namespace Vigil.Agent.Collection.Linux;

/// <summary>
/// Reads under a root folder: "/" in production, a prepared tree in tests for what this machine lacks (DMI, EFI,
/// TPM, ClamAV). Unreadable means null, never an exception: product_uuid is root-only, efivars may be absent.
/// </summary>
internal sealed class LinuxFiles(string root)
{
    public string Root { get; } = root;

    public string PathOf(string absolute) => Path.Combine(Root, absolute.TrimStart('/'));

    public string? ReadText(string absolute)
    {
        try
        {
            return File.ReadAllText(PathOf(absolute));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public string? ReadLine(string absolute) => ReadText(absolute)?.Trim();

    public byte[]? ReadBytes(string absolute, int max)
    {
        try
        {
            using var stream = File.OpenRead(PathOf(absolute));
            var buffer = new byte[max];
            var read = stream.ReadAtLeast(buffer, max, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool DirectoryExists(string absolute) => Directory.Exists(PathOf(absolute));

    public bool FileExists(string absolute) => File.Exists(PathOf(absolute));

    public IEnumerable<string> Entries(string absolute)
    {
        try
        {
            return Directory.GetFileSystemEntries(PathOf(absolute)).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
