using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Alerts;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Picks up new files and appended data in the watched folders. A file is known by a fingerprint of its first
/// <see cref="FingerprintBytes"/> bytes, not by its name, so a rotated (renamed) file is the same file and a new file
/// under the old name is a new one. Appended bytes are copied into the file's retained copy under the data directory
/// (the copy's size is the offset: nothing is read twice or skipped after a restart) and hunted from there.
/// </summary>
public sealed class WatchedFolderService(IServiceScopeFactory scopes, LogStore store, TimeProvider clock, IOptions<AlertOptions> options, ILogger<WatchedFolderService> logger)
    : BackgroundService
{
    /// <summary>Files are taken once they hold this much: the fingerprint must not change as they grow.</summary>
    public const int FingerprintBytes = 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.WatchedFolders.Count == 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var folder in options.Value.WatchedFolders)
                {
                    try
                    {
                        await ScanAsync(folder, stoppingToken);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException)
                    {
                        Log.WatchedFolderFailed(logger, e, folder.Path);
                    }
                }

                await Task.Delay(options.Value.WatchInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ScanAsync(WatchedFolderOptions folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder.Path))
        {
            return;
        }

        await using var scope = RehuntJob.SystemScope(scopes, "watched-folder");
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var unit = await db.Units.AsNoTracking().Where(u => u.Code == folder.Unit || u.Id.ToString() == folder.Unit).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            Log.WatchedFolderUnitUnknown(logger, folder.Path, folder.Unit);
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder.Path, string.IsNullOrWhiteSpace(folder.Pattern) ? "*" : folder.Pattern).Order(StringComparer.Ordinal))
        {
            await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (source.Length < FingerprintBytes)
            {
                continue;
            }

            var head = new byte[FingerprintBytes];
            source.ReadExactly(head);
            var key = $"folder/{unit}/{Convert.ToHexStringLower(SHA256.HashData(head))}";
            var log = await db.RetainedLogs.FirstOrDefaultAsync(l => l.SourceKey == key, ct);
            if (log is null)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                log = new RetainedLog
                {
                    Id = Guid.CreateVersion7(), UnitId = unit.Value, Source = LogSource.Folder, Name = Path.GetFileName(path), SourceKey = key,
                    ReceivedAt = now, ReceivedBy = "watched-folder",
                };
                log.StoredPath = LogStore.NewRelativePath(log.UnitId, now, log.Id, log.Name);
                db.RetainedLogs.Add(log);
                await db.SaveChangesAsync(ct);
            }

            var copy = store.FullPath(log);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            await using (var target = new FileStream(copy, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                if (source.Length <= target.Length)
                {
                    continue;
                }

                source.Position = target.Length;
                await source.CopyToAsync(target, ct);
                target.Flush(flushToDisk: true);
            }

            await using var huntScope = RehuntJob.SystemScope(scopes, "watched-folder");
            await huntScope.ServiceProvider.GetRequiredService<LogHuntService>().HuntAsync(log.Id, complete: false, ct);
        }
    }
}
