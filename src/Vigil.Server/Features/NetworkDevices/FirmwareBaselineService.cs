using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>
/// A unit's firmware baselines: each unit keeps its own (officers of the unit edit them; a parent unit's officers
/// may edit them through their subtree scope). Single writes and whole-file imports share one check, and an import
/// with one bad row changes nothing.
/// </summary>
public sealed class FirmwareBaselineService(VigilDbContext db, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<FirmwareBaselineDto>>> ListAsync(Guid unitId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckRead(db, unitId) is { } denied)
        {
            return denied;
        }

        var rows = await db.FirmwareBaselines.AsNoTracking().Where(b => b.UnitId == unitId)
            .OrderBy(b => b.SoftwareFamily).ThenBy(b => b.Model).ToListAsync(ct);
        return rows.Select(b => b.ToDto()).ToList();
    }

    public async Task<Result<FirmwareBaselineDto>> PutAsync(Guid unitId, FirmwareBaselineWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var row = new FirmwareBaselineRow(body.SoftwareFamily ?? "", body.Model ?? "", body.MinimumVersion ?? "", body.Note, 1);
        if (FirmwareBaselineFile.CheckRow(row) is { } bad)
        {
            return Error.Validation(bad.Code, bad.Message.Replace("line 1: ", "", StringComparison.Ordinal), bad.Code == DeviceParseCodes.FamilyUnknown ? "softwareFamily" : "minimumVersion");
        }

        var written = await WriteAsync(unitId, [row], ct);
        return written.IsSuccess ? written.Value!.Baselines[0].ToDto() : written.Error!;
    }

    public async Task<Result<FirmwareBaselineImportDto>> ImportAsync(Guid unitId, string? text, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var rows = FirmwareBaselineFile.Read(text);
        if (!rows.IsSuccess)
        {
            return rows.Error!;
        }

        var written = await WriteAsync(unitId, rows.Value!, ct);
        return written.IsSuccess ? written.Value!.Counts : written.Error!;
    }

    public async Task<Result<bool>> DeleteAsync(Guid unitId, string? family, string? model, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        var code = CiscoOsFamilies.TryParse(family, out var f) ? CiscoOsFamilies.Code(f) : null;
        var key = (model ?? "").Trim().ToUpperInvariant();
        var baseline = await db.FirmwareBaselines.FirstOrDefaultAsync(b => b.UnitId == unitId && b.SoftwareFamily == code && b.Model == key, ct);
        if (baseline is null)
        {
            return Error.NotFound("firmware_baseline.not_found", $"The unit has no baseline for {family} {model}.");
        }

        db.FirmwareBaselines.Remove(baseline);
        db.AddAuditEvent("firmware_baseline_deleted", "FirmwareBaseline", baseline.Id.ToString(), unitId, $"{baseline.SoftwareFamily} {baseline.Model} {baseline.MinimumVersion}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private sealed record Written(List<FirmwareBaseline> Baselines, FirmwareBaselineImportDto Counts);

    private async Task<Result<Written>> WriteAsync(Guid unitId, IReadOnlyList<FirmwareBaselineRow> rows, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(db, unitId) is { } denied)
        {
            return denied;
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return NetworkDeviceAccess.UnitNotFound(unitId);
        }

        var existing = await db.FirmwareBaselines.Where(b => b.UnitId == unitId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var (created, updated, unchanged) = (0, 0, 0);
        var touched = new List<FirmwareBaseline>();
        foreach (var row in rows)
        {
            _ = CiscoOsFamilies.TryParse(row.Family, out var family);
            var code = CiscoOsFamilies.Code(family)!;
            var model = row.Model.Trim().ToUpperInvariant();
            var version = row.MinimumVersion.Trim();
            var baseline = existing.Find(b => b.SoftwareFamily == code && b.Model == model);
            if (baseline is null)
            {
                baseline = new FirmwareBaseline { Id = Guid.CreateVersion7(), UnitId = unitId, SoftwareFamily = code, Model = model };
                db.FirmwareBaselines.Add(baseline);
                existing.Add(baseline);
                created++;
            }
            else if (baseline.MinimumVersion == version && baseline.Note == row.Note)
            {
                unchanged++;
                touched.Add(baseline);
                continue;
            }
            else
            {
                updated++;
            }

            baseline.MinimumVersion = version;
            baseline.Note = row.Note;
            baseline.UpdatedAt = now;
            baseline.UpdatedBy = db.Access.ActorName;
            touched.Add(baseline);
            db.AddAuditEvent("firmware_baseline_set", "FirmwareBaseline", baseline.Id.ToString(), unitId, $"{code} {model} {version}");
        }

        await db.SaveChangesAsync(ct);
        return new Written(touched, new FirmwareBaselineImportDto(created, updated, unchanged));
    }
}
