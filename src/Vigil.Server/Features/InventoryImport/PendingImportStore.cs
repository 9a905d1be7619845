using System.Globalization;
using System.Security.Cryptography;
using Vigil.Storage;

namespace Vigil.Server.Features.InventoryImport;

/// <summary>An upload kept between the import preview and its confirmation.</summary>
public sealed record PendingUpload(string FileName, byte[] Content, string Sha256);

/// <summary>
/// Keeps an uploaded file between the wizard's preview and its confirmation, so the person chooses the file once
/// and what is committed is byte for byte what was previewed. Files live under the stored-files folder (shared by
/// all instances behind a load balancer), named by a random id, readable only by the account that uploaded them,
/// and expire after <see cref="Lifetime"/>; expired ones are swept at the next upload.
/// </summary>
public sealed class PendingImportStore(StorageOptions storage, TimeProvider clock)
{
    public const string FolderName = "import-pending";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private string Folder => Path.Combine(storage.FilesDirectory, FolderName);

    public string Save(Guid userId, string fileName, byte[] content, string sha256)
    {
        Directory.CreateDirectory(Folder);
        SweepExpired();
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        WriteAtomically(PathOf(id, ".upload"), content);
        // Description last: a file without one is never read, so a half-written upload cannot be confirmed.
        var description = string.Join('\n',
            userId.ToString("D", CultureInfo.InvariantCulture),
            clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            sha256,
            fileName.ReplaceLineEndings(" "));
        WriteAtomically(PathOf(id, ".txt"), System.Text.Encoding.UTF8.GetBytes(description));
        return id;
    }

    /// <summary>The upload, or null when the id is unknown, expired or someone else's.</summary>
    public PendingUpload? Load(string? id, Guid userId)
    {
        if (!IsWellFormed(id) || !File.Exists(PathOf(id!, ".txt")))
        {
            return null;
        }

        try
        {
            var lines = File.ReadAllText(PathOf(id!, ".txt")).Split('\n');
            if (lines.Length != 4 || !Guid.TryParse(lines[0], out var owner) || owner != userId ||
                !DateTime.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created) || Expired(created))
            {
                return null;
            }

            return new PendingUpload(lines[3], File.ReadAllBytes(PathOf(id!, ".upload")), lines[2]);
        }
        catch (IOException)
        {
            // Swept or deleted by a confirmation on another instance between the check and the read.
            return null;
        }
    }

    public void Delete(string? id)
    {
        if (IsWellFormed(id))
        {
            DeleteQuietly(PathOf(id!, ".txt"));
            DeleteQuietly(PathOf(id!, ".upload"));
        }
    }

    private void SweepExpired()
    {
        foreach (var description in Directory.EnumerateFiles(Folder, "*.txt"))
        {
            var id = Path.GetFileNameWithoutExtension(description);
            try
            {
                var lines = File.ReadAllText(description).Split('\n');
                if (lines.Length < 2 || !DateTime.TryParse(lines[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created) || Expired(created))
                {
                    Delete(id);
                }
            }
            catch (IOException)
            {
                // Another instance is sweeping the same file.
            }
        }

        // Leftovers of a crash between or during the writes: uploads without a description, partial files.
        foreach (var leftover in Directory.EnumerateFiles(Folder, "*.upload").Concat(Directory.EnumerateFiles(Folder, "*.partial")))
        {
            if (!File.Exists(Path.ChangeExtension(leftover, ".txt")) && Expired(File.GetLastWriteTimeUtc(leftover)))
            {
                DeleteQuietly(leftover);
            }
        }
    }

    private bool Expired(DateTime createdUtc) => clock.GetUtcNow().UtcDateTime - createdUtc.ToUniversalTime() > Lifetime;

    // Ids are 22 URL-safe base64 characters; anything else (a path, "..") is refused before touching the disk.
    private static bool IsWellFormed(string? id) =>
        id is { Length: 22 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private string PathOf(string id, string extension) => Path.Combine(Folder, id + extension);

    private static void WriteAtomically(string path, byte[] content)
    {
        var temporary = path + ".partial";
        File.WriteAllBytes(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Already gone or held open by a concurrent reader; the next sweep removes it.
        }
    }
}
