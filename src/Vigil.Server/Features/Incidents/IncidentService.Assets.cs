using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Common;
using Vigil.Domain.Incidents;

namespace Vigil.Server.Features.Incidents;

public sealed partial class IncidentService
{
    /// <summary>Affected computers, devices and units, each one the caller can see; an id that is not is refused, not dropped.</summary>
    private async Task<Result<List<IncidentAsset>>> ResolveAssetsAsync(
        Incident incident, List<Guid>? computerIds, List<Guid>? deviceIds, List<Guid>? unitIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var assets = new List<IncidentAsset>();
        var computers = (computerIds ?? []).Distinct().ToList();
        var foundComputers = await db.Computers.Where(c => computers.Contains(c.Id)).Select(c => new { c.Id, c.Hostname }).ToListAsync(ct);
        if (computers.Except(foundComputers.Select(c => c.Id)).FirstOrDefault() is var missingComputer && missingComputer != Guid.Empty)
        {
            return Error.Validation("incident.computer_unknown", $"Computer {missingComputer} does not exist or is outside your scope.", "computerIds");
        }

        assets.AddRange(foundComputers.Select(c => Asset(incident, IncidentAssetKind.Computer, c.Id, c.Hostname, now)));

        var devices = (deviceIds ?? []).Distinct().ToList();
        var foundDevices = await db.NetworkDevices.Where(d => devices.Contains(d.Id)).Select(d => new { d.Id, d.Hostname }).ToListAsync(ct);
        if (devices.Except(foundDevices.Select(d => d.Id)).FirstOrDefault() is var missingDevice && missingDevice != Guid.Empty)
        {
            return Error.Validation("incident.device_unknown", $"Network device {missingDevice} does not exist or is outside your scope.", "deviceIds");
        }

        assets.AddRange(foundDevices.Select(d => Asset(incident, IncidentAssetKind.NetworkDevice, d.Id, d.Hostname, now)));

        var units = (unitIds ?? []).Distinct().ToList();
        var foundUnits = await db.Units.Where(u => units.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        if (units.Except(foundUnits.Select(u => u.Id)).FirstOrDefault() is var missingUnit && missingUnit != Guid.Empty)
        {
            return Error.Validation("incident.unit_unknown", $"Unit {missingUnit} does not exist or is outside your scope.", "unitIds");
        }

        assets.AddRange(foundUnits.Select(u => Asset(incident, IncidentAssetKind.Unit, u.Id, u.Name, now)));
        return assets;
    }

    internal static IncidentAsset Asset(Incident incident, IncidentAssetKind kind, Guid? refId, string label, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), IncidentId = incident.Id, UnitId = incident.UnitId, Kind = kind, RefId = refId, Label = label, AddedAt = now,
    };
}
