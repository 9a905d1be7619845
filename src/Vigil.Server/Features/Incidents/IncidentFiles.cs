using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Features.Incidents;

/// <summary>
/// Files kept with incidents. Bytes go to a file named by the row's id in the incident directory (never the uploaded
/// name), written to a temporary name first and moved into place, so a crash leaves no half file under a real name.
/// </summary>
public sealed class IncidentFiles(
    VigilDbContext db, IncidentService incidents, IncidentTimeline timeline, IOptions<IncidentOptions> options, StorageOptions storage,
    TimeProvider clock, ILogger<IncidentFiles> logger)
{
    public long MaxBytes => options.Value.MaxFileBytes;

    public string Directory => options.Value.FileDirectory is { Length: > 0 } d ? Path.GetFullPath(d) : Path.Combine(storage.FilesDirectory, "incidents");

    /// <summary>Refuses before the body is read: the incident must exist and be the caller's to change.</summary>
    public async Task<Error?> CheckAttachAsync(Guid incidentId, CancellationToken ct)
    {
        var found = await incidents.WritableAsync(incidentId, ct);
        return found.IsSuccess ? null : found.Error;
    }

    public async Task<Result<IncidentFileDto>> AttachAsync(Guid incidentId, string fileName, string? contentType, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var found = await incidents.WritableAsync(incidentId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0)
        {
            return Error.Validation("incident.file_name", "The file has no name.", "file");
        }

        var incident = found.Value!;
        var id = Guid.CreateVersion7();
        var stored = id.ToString("N") + ".bin";
        System.IO.Directory.CreateDirectory(Directory);
        var final = Path.Combine(Directory, stored);
        var temporary = final + ".part";
        long size;
        string sha;
        await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > MaxBytes)
                {
                    await output.DisposeAsync();
                    File.Delete(temporary);
                    return new Error("incident.file_size", $"{name}: larger than {MaxBytes} bytes.", ErrorKind.Validation, "file");
                }

                hash.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            sha = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        File.Move(temporary, final);
        var file = new IncidentFile
        {
            Id = id, IncidentId = incident.Id, UnitId = incident.UnitId, FileName = name.Length > 255 ? name[..255] : name,
            ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, Size = size, Sha256 = sha, StoredName = stored,
            UploadedAt = clock.GetUtcNow().UtcDateTime, UploadedBy = db.Access.ActorName,
        };
        db.IncidentFiles.Add(file);
        timeline.Add(incident, IncidentTimelineKind.File, file.FileName, file.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            File.Delete(final);
            throw;
        }

        Log.IncidentFileStored(logger, incident.Id, file.Id, size);
        return ToDto(file);
    }

    /// <summary>The file's row and an open stream of its bytes; the query filter hides other units' files.</summary>
    public async Task<Result<(IncidentFile File, Stream Content)>> OpenAsync(Guid incidentId, Guid fileId, CancellationToken ct)
    {
        var file = await db.IncidentFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.IncidentId == incidentId, ct);
        if (file is null)
        {
            return IncidentErrors.FileNotFound(fileId);
        }

        var path = Path.Combine(Directory, file.StoredName);
        if (!File.Exists(path))
        {
            return new Error("incident.file_missing", $"The bytes of file {fileId} are missing from {Directory}.", ErrorKind.Unavailable);
        }

        return (file, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true));
    }

    public static IncidentFileDto ToDto(IncidentFile f) => new(f.Id, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt, f.UploadedBy);
}
