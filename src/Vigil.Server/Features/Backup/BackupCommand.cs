using System.IO.Compression;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Features.Backup;

/// <summary>
/// <c>vigil-server backup FILE</c> and <c>restore FILE</c> for SQLite: a zip with a consistent online copy of the
/// database (SQLite's backup API, safe while the server runs), the stored files and a manifest.
/// PostgreSQL uses pg_dump/pg_restore (docs/operations.md).
/// </summary>
internal static class BackupCommand
{
    private const string DatabaseEntry = "vigil.db";
    private const string ManifestEntry = "manifest.json";
    private const string FilesPrefix = "files/";

    public static async Task<int> RunAsync(string[] args, bool restore)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await Console.Error.WriteLineAsync(ServerCommand.Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[1..])
            .Build();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (storage.Provider != StorageProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync("backup/restore handle SQLite; for PostgreSQL use pg_dump and pg_restore as described in docs/operations.md.");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        var result = restore ? await RestoreAsync(storage, file) : await BackupAsync(storage, file);
        if (result is not null)
        {
            await Console.Error.WriteLineAsync(result);
            return 1;
        }

        Console.WriteLine(restore ? $"Restored {file} into {storage.DataDirectoryFullPath}" : $"Backup written to {file}");
        return 0;
    }

    /// <summary>Writes the backup; returns an error message or null.</summary>
    public static async Task<string?> BackupAsync(StorageOptions storage, string file)
    {
        if (!File.Exists(storage.SqlitePath))
        {
            return $"No database at {storage.SqlitePath}.";
        }

        var snapshot = Path.Combine(Path.GetTempPath(), $"vigil-backup-{Guid.NewGuid():N}.db");
        try
        {
            using (var source = new SqliteConnection(storage.SqliteConnectionString))
            using (var target = new SqliteConnection($"Data Source={snapshot};Pooling=False"))
            {
                source.Open();
                target.Open();
                await CopyWhileServerWritesAsync(source, target);
            }

            var version = await SchemaMigrator.CurrentVersionAsync(StorageProvider.Sqlite, $"Data Source={snapshot};Pooling=False");
            var temporary = file + ".partial";
            using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(snapshot, DatabaseEntry, CompressionLevel.Optimal);
                if (Directory.Exists(storage.FilesDirectory))
                {
                    foreach (var path in Directory.EnumerateFiles(storage.FilesDirectory, "*", SearchOption.AllDirectories))
                    {
                        var relative = Path.GetRelativePath(storage.FilesDirectory, path).Replace('\\', '/');
                        if (relative.StartsWith(InventoryImport.PendingImportStore.FolderName + "/", StringComparison.Ordinal))
                        {
                            continue; // Uploads waiting 30 minutes for confirmation, deleted meanwhile; not data.
                        }

                        zip.CreateEntryFromFile(path, FilesPrefix + relative, CompressionLevel.Optimal);
                    }
                }

                var manifest = zip.CreateEntry(ManifestEntry);
                await using var stream = manifest.Open();
                await JsonSerializer.SerializeAsync(stream, new BackupManifest(version, DateTime.UtcNow, "Sqlite"), BackupJsonContext.Default.BackupManifest);
            }

            // Renamed only when complete, so a crash never leaves a truncated file under the requested name.
            File.Move(temporary, file, overwrite: true);
            return null;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(snapshot);
        }
    }

    /// <summary>
    /// The backup API can still answer SQLITE_BUSY or SQLITE_LOCKED while the running server checkpoints its write-ahead
    /// log or holds a lock, and Microsoft.Data.Sqlite does not retry it; those moments are short, so wait them out.
    /// </summary>
    private static async Task CopyWhileServerWritesAsync(SqliteConnection source, SqliteConnection target)
    {
        const int SqliteBusy = 5;
        const int SqliteLocked = 6;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Replaces the database and stored files with the backup's; refuses while a server holds the data folder.</summary>
    public static async Task<string?> RestoreAsync(StorageOptions storage, string file)
    {
        if (!File.Exists(file))
        {
            return $"{file}: no such file.";
        }

        Directory.CreateDirectory(storage.DataDirectoryFullPath);
        using var held = DataDirectoryLock.TryAcquire(storage);
        if (held is null)
        {
            return $"A server is running on {storage.DataDirectoryFullPath}; stop it before restoring.";
        }

        var staging = Path.Combine(storage.DataDirectoryFullPath, $"restore-{Guid.NewGuid():N}");
        try
        {
            using (var zip = ZipFile.OpenRead(file))
            {
                if (zip.GetEntry(ManifestEntry) is not { } manifestEntry || zip.GetEntry(DatabaseEntry) is null)
                {
                    return $"{file}: not a Vigil backup (missing {ManifestEntry} or {DatabaseEntry}).";
                }

                await using (var stream = manifestEntry.Open())
                {
                    var manifest = await JsonSerializer.DeserializeAsync(stream, BackupJsonContext.Default.BackupManifest);
                    if (manifest is null || manifest.SchemaVersion > SchemaMigrator.LatestVersion(StorageProvider.Sqlite))
                    {
                        return $"{file}: made by a newer Vigil (schema {manifest?.SchemaVersion}); upgrade this server first.";
                    }
                }

                // ExtractToDirectory rejects entries that would escape the staging folder.
                zip.ExtractToDirectory(staging);
            }

            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(storage.SqlitePath + suffix);
            }

            File.Move(Path.Combine(staging, DatabaseEntry), storage.SqlitePath, overwrite: true);
            if (Directory.Exists(storage.FilesDirectory))
            {
                Directory.Delete(storage.FilesDirectory, recursive: true);
            }

            var restoredFiles = Path.Combine(staging, "files");
            if (Directory.Exists(restoredFiles))
            {
                Directory.Move(restoredFiles, storage.FilesDirectory);
            }
            else
            {
                Directory.CreateDirectory(storage.FilesDirectory);
            }

            return null;
        }
        catch (InvalidDataException e)
        {
            return $"{file}: damaged archive ({e.Message}).";
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
