using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Lifecycle;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>
/// The end-of-sale / end-of-support catalog: the embedded default with the administrators' imported entries laid
/// over it. Everyone reads it (devices show their model's dates); only administrators import or remove entries.
/// </summary>
public sealed class DeviceLifecycleService(VigilDbContext db, TimeProvider clock)
{
    public const string DefaultOrigin = "default";

    public const string ImportedOrigin = "imported";

    public async Task<DeviceLifecycleCatalog> CatalogAsync(CancellationToken ct) =>
        DeviceLifecycleCatalog.Default.Overlay((await ImportedAsync(ct)).Select(ToEntry));

    public DateOnly Today() => InventoryUnits.Today(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<DeviceLifecycleEntryDto>> ListAsync(CancellationToken ct)
    {
        var imported = (await ImportedAsync(ct)).Select(ToEntry).ToDictionary(e => e.Key);
        var catalog = DeviceLifecycleCatalog.Default.Overlay(imported.Values);
        return catalog.Entries.Select(e => ToDto(e, imported.ContainsKey(e.Key) ? ImportedOrigin : DefaultOrigin)).ToList();
    }

    /// <summary>
    /// Imports a CSV or YAML catalog. Entries with the same vendor and pattern as an imported one replace it; with
    /// <paramref name="replace"/> the imported entries the file does not name are removed (the default ones stay).
    /// A bad file is reported by line and changes nothing.
    /// </summary>
    public async Task<Result<DeviceLifecycleImportDto>> ImportAsync(string? text, string? fileName, bool replace, CancellationToken ct)
    {
        if (db.Access.Scope.Role != Role.Administrator)
        {
            return AdministratorsOnly();
        }

        var parsed = DeviceLifecycleFile.Read(text, string.IsNullOrWhiteSpace(fileName) ? "upload" : Path.GetFileName(fileName));
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var existing = await db.DeviceLifecycleRecords.ToListAsync(ct);
        var byKey = existing.ToDictionary(r => ToEntry(r).Key);
        var now = clock.GetUtcNow().UtcDateTime;
        var (added, updated, unchanged) = (0, 0, 0);
        var named = new HashSet<(string, string)>();
        foreach (var entry in parsed.Value!)
        {
            named.Add(entry.Key);
            if (!byKey.TryGetValue(entry.Key, out var record))
            {
                record = new DeviceLifecycleRecord { Id = Guid.CreateVersion7(), Vendor = entry.Vendor, ModelPattern = entry.ModelPattern };
                db.DeviceLifecycleRecords.Add(record);
                byKey[entry.Key] = record;
                added++;
            }
            else if (ToEntry(record) with { Line = entry.Line } == entry)
            {
                unchanged++;
                continue;
            }
            else
            {
                updated++;
            }

            (record.Vendor, record.Series, record.EndOfSale, record.EndOfSoftwareMaintenance, record.EndOfSecuritySupport, record.LastDateOfSupport, record.Source) =
                (entry.Vendor, entry.Series, entry.EndOfSale, entry.EndOfSoftwareMaintenance, entry.EndOfSecuritySupport, entry.LastDateOfSupport, entry.Source);
            record.ImportedAt = now;
            record.ImportedBy = db.Access.ActorName;
        }

        var removed = 0;
        if (replace)
        {
            foreach (var record in existing.Where(r => !named.Contains(ToEntry(r).Key)))
            {
                db.DeviceLifecycleRecords.Remove(record);
                removed++;
            }
        }

        db.AddAuditEvent("device_lifecycle_imported", "DeviceLifecycleCatalog", "catalog", null,
            $"{fileName}: {added} added, {updated} updated, {unchanged} unchanged, {removed} removed");
        await db.SaveChangesAsync(ct);
        return new DeviceLifecycleImportDto(added, updated, unchanged, removed);
    }

    /// <summary>Removes one imported entry; a default entry it replaced applies again.</summary>
    public async Task<Result<bool>> DeleteAsync(string? vendor, string? modelPattern, CancellationToken ct)
    {
        if (db.Access.Scope.Role != Role.Administrator)
        {
            return AdministratorsOnly();
        }

        var key = ((vendor ?? "").Trim().ToUpperInvariant(), (modelPattern ?? "").Trim().ToUpperInvariant());
        var record = (await db.DeviceLifecycleRecords.ToListAsync(ct)).Find(r => ToEntry(r).Key == key);
        if (record is null)
        {
            return Error.NotFound("device_lifecycle.not_found", $"No imported lifecycle entry for {vendor} {modelPattern}.");
        }

        db.DeviceLifecycleRecords.Remove(record);
        db.AddAuditEvent("device_lifecycle_deleted", "DeviceLifecycleCatalog", record.Id.ToString(), null, $"{record.Vendor} {record.ModelPattern}");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static DeviceLifecycleDto ToDto(DeviceLifecycleVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var e = verdict.Entry;
        return new DeviceLifecycleDto(StatusCode(verdict.Status), e?.ModelPattern, e?.Series, e?.EndOfSale, e?.EndOfSoftwareMaintenance,
            e?.EndOfSecuritySupport, e?.LastDateOfSupport, e?.Source);
    }

    public static string StatusCode(DeviceLifecycleStatus status) => status switch
    {
        DeviceLifecycleStatus.Supported => "supported",
        DeviceLifecycleStatus.EndOfSale => "end_of_sale",
        DeviceLifecycleStatus.EndOfSoftwareMaintenance => "end_of_sw_maintenance",
        DeviceLifecycleStatus.EndOfSecuritySupport => "end_of_security_support",
        DeviceLifecycleStatus.EndOfSupport => "end_of_support",
        _ => "unknown",
    };

    private async Task<List<DeviceLifecycleRecord>> ImportedAsync(CancellationToken ct) =>
        await db.DeviceLifecycleRecords.AsNoTracking().ToListAsync(ct);

    internal static DeviceLifecycleEntry ToEntry(DeviceLifecycleRecord r) =>
        new(r.Vendor, r.ModelPattern, r.Series, r.EndOfSale, r.EndOfSoftwareMaintenance, r.EndOfSecuritySupport, r.LastDateOfSupport, r.Source);

    private static DeviceLifecycleEntryDto ToDto(DeviceLifecycleEntry e, string origin) =>
        new(e.Vendor, e.ModelPattern, e.Series, e.EndOfSale, e.EndOfSoftwareMaintenance, e.EndOfSecuritySupport, e.LastDateOfSupport, e.Source, origin);

    private static Error AdministratorsOnly() => Error.Forbidden("device_lifecycle.administrators_only", "Only administrators change the lifecycle catalog.");
}
