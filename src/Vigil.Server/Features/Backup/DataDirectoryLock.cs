using Vigil.Storage;

namespace Vigil.Server.Features.Backup;

/// <summary>
/// An exclusive lock file in the SQLite data folder: held by a running server, so that a restore (or a second
/// server on the same folder) can tell and refuse instead of corrupting the database.
/// </summary>
internal static class DataDirectoryLock
{
    public static FileStream? TryAcquire(StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        try
        {
            return new FileStream(Path.Combine(storage.DataDirectoryFullPath, "server.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
