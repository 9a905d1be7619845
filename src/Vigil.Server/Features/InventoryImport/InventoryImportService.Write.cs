using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory.Import;
using Vigil.Server.Features.NetworkDevices;

namespace Vigil.Server.Features.InventoryImport;

public sealed partial class InventoryImportService
{
    /// <summary>Writes a valid plan inside the caller's transaction; an error means the caller rolls back.</summary>
    private async Task<Result<bool>> WriteAsync(InventoryImportPlan plan, string fileName, string sha, CancellationToken ct)
    {
        var now = Now;
        var baselines = await BaselinesAsync(plan, ct);
        foreach (var device in plan.Devices)
        {
            if (device.Action == ImportAction.New)
            {
                var created = new NetworkDevice { Id = Guid.CreateVersion7() };
                InventoryImportPlan.Apply(created, device.Row, device.UnitId, now);
                db.NetworkDevices.Add(created);
                db.NetworkDeviceChanges.AddRange(NetworkDeviceHistory.Changes(null, created, InventoryImportPlan.ImportSource, now, db.Access.ActorName));
            }
            else if (device.Action == ImportAction.Updated)
            {
                // The spreadsheet lands in the same record as pasted CLI output, with the same history and firmware events.
                var before = NetworkDeviceHistory.Of(device.Existing!);
                var unitBefore = device.Existing!.UnitId;
                InventoryImportPlan.Apply(device.Existing!, device.Row, device.UnitId, now);
                if (device.Existing!.UnitId != unitBefore)
                {
                    await Remediation.DeviceRemediationMove.MoveAsync(db, device.Existing.Id, device.Existing.UnitId, ct);
                }

                db.NetworkDeviceChanges.AddRange(NetworkDeviceHistory.Changes(before, device.Existing!, InventoryImportPlan.ImportSource, now, db.Access.ActorName));
                var unitBaselines = baselines.Where(b => b.UnitId == device.UnitId).ToList();
                if (NetworkDeviceHistory.FirmwareUpdate(before, device.Existing!, unitBaselines, InventoryImportPlan.ImportSource, now, now, db.Access.ActorName) is { } update)
                {
                    db.FirmwareUpdateEvents.Add(update);
                }
            }
        }

        AuditPerUnit(plan, fileName, sha);
        await db.SaveChangesAsync(ct);

        // Devices the file repeats unchanged were still seen today; like the ingest's unchanged reports, that moves
        // only the observed time and is not worth an audit entry per device.
        foreach (var slice in plan.Devices.Where(d => d.Action == ImportAction.Unchanged).Select(d => d.Existing!.Id).Chunk(Slice))
        {
            await db.NetworkDevices.Where(d => slice.Contains(d.Id) && d.ObservedAt < now)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.ObservedAt, now), ct);
        }

        if (plan.Computers.Count == 0)
        {
            return true;
        }

        var reports = plan.Computers.Select(c => ReportOf(c.Row, c.UnitId, now)).ToList();
        var ingested = await ingest.IngestAllAsync(reports, ct);
        return ingested.IsSuccess ? true : ingested.Error!;
    }

    private async Task<List<FirmwareBaseline>> BaselinesAsync(InventoryImportPlan plan, CancellationToken ct)
    {
        var unitIds = plan.Devices.Where(d => d.Action == ImportAction.Updated).Select(d => d.UnitId).Distinct().ToList();
        return unitIds.Count == 0 ? [] : await db.FirmwareBaselines.AsNoTracking().Where(b => unitIds.Contains(b.UnitId)).ToListAsync(ct);
    }

    /// <summary>One audit entry per unit the file touches, visible to whoever may see that unit's log.</summary>
    private void AuditPerUnit(InventoryImportPlan plan, string fileName, string sha)
    {
        var units = plan.Computers.Select(c => c.UnitId).Concat(plan.Devices.Select(d => d.UnitId)).Distinct();
        foreach (var unitId in units)
        {
            var computers = ImportCounts.Of(plan.Computers.Where(c => c.UnitId == unitId).Select(c => c.Action));
            var devices = ImportCounts.Of(plan.Devices.Where(d => d.UnitId == unitId).Select(d => d.Action));
            db.AddAuditEvent("inventory_imported", "InventoryImport", sha, unitId, Details(fileName, sha, computers, devices));
        }
    }

    private static string Details(string fileName, string sha, ImportCounts computers, ImportCounts devices)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", fileName);
            json.WriteString("sha256", sha);
            foreach (var (name, counts) in new[] { ("computers", computers), ("networkDevices", devices) })
            {
                json.WriteStartObject(name);
                json.WriteNumber("new", counts.New);
                json.WriteNumber("updated", counts.Updated);
                json.WriteNumber("unchanged", counts.Unchanged);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
