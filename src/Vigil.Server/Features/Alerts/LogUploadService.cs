using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Alerts;
using Vigil.Domain.Common;
using Vigil.Server.Features.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>
/// Receives an uploaded log (plain or gzip), keeps it on disk under the retained-log directory and hunts it with the
/// indicators in force for its unit. The size limit applies to the decompressed content.
/// </summary>
public sealed class LogUploadService(VigilDbContext db, LogStore store, LogHuntService hunts, TimeProvider clock, IOptions<AlertOptions> options)
{
    public async Task<Result<LogHuntResultDto>> UploadAsync(Stream body, Guid? unitId, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unit = await IndicatorAccess.UnitAsync(db, unitId, ct);
        if (!unit.IsSuccess)
        {
            return unit.Error!.Code == "indicator.forbidden"
                ? Error.Forbidden("log.forbidden", "You may read this unit's logs and alerts but not upload logs for it.")
                : unit.Error!.Code == "indicator.unit_required" ? Error.Validation("log.unit_required", "Say which unit the log belongs to (unit).", "unit") : unit.Error!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var log = new RetainedLog
        {
            Id = Guid.CreateVersion7(), UnitId = unit.Value, Source = LogSource.Upload, Name = CleanName(name), ReceivedAt = now,
            ReceivedBy = db.Access.ActorName,
        };
        log.StoredPath = LogStore.NewRelativePath(log.UnitId, now, log.Id, log.Name);
        var path = store.FullPath(log);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var limit = options.Value.MaxUploadBytes;
        var raw = path + ".upload";
        try
        {
            if (!await CopyLimitedAsync(body, raw, limit, ct))
            {
                return TooLarge(limit);
            }

            if (IsGzip(raw))
            {
                await using var compressed = File.OpenRead(raw);
                await using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
                bool fits;
                try
                {
                    fits = await CopyLimitedAsync(gzip, path, limit, ct);
                }
                catch (InvalidDataException)
                {
                    File.Delete(path);
                    return Error.Validation("log.bad_gzip", "The upload starts like gzip but is not valid gzip data.", "body");
                }

                if (!fits)
                {
                    return TooLarge(limit);
                }
            }
            else
            {
                File.Move(raw, path);
            }
        }
        finally
        {
            File.Delete(raw);
        }

        log.Bytes = new FileInfo(path).Length;
        db.RetainedLogs.Add(log);
        await db.SaveChangesAsync(ct);
        return (await hunts.HuntAsync(log.Id, complete: true, ct))!;

        Error TooLarge(long max)
        {
            File.Delete(path);
            return Error.Validation("log.too_large", $"The log is larger than the limit of {max} bytes (Vigil:Hunting:MaxUploadBytes).", "body");
        }
    }

    public async Task<List<RetainedLogDto>> ListAsync(Guid? unitId, CancellationToken ct)
    {
        var query = db.RetainedLogs.AsNoTracking();
        if (unitId is { } unit)
        {
            query = query.Where(l => l.UnitId == unit);
        }

        var logs = await query.OrderByDescending(l => l.ReceivedAt).Take(500).ToListAsync(ct);
        return logs.ConvertAll(ToDto);
    }

    public async Task<Result<RetainedLogDto>> DetailAsync(Guid logId, CancellationToken ct) =>
        await db.RetainedLogs.AsNoTracking().FirstOrDefaultAsync(l => l.Id == logId, ct) is { } log
            ? ToDto(log)
            : Error.NotFound("log.not_found", $"Log {logId} does not exist or is outside your scope.");

    internal static RetainedLogDto ToDto(RetainedLog l) =>
        new(l.Id, l.UnitId, l.Source.ToString(), l.Name, l.Bytes, l.Lines, l.Format, l.ReceivedAt, l.HuntedAt, l.Hits, l.ReceivedBy);

    private static string CleanName(string? name)
    {
        var clean = Path.GetFileName((name ?? "").Replace('\\', '/').Trim());
        return string.IsNullOrWhiteSpace(clean) ? "upload.log" : clean.Length > 200 ? clean[..200] : clean;
    }

    private static bool IsGzip(string path)
    {
        Span<byte> magic = stackalloc byte[2];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static async Task<bool> CopyLimitedAsync(Stream source, string path, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }

        return true;
    }
}
