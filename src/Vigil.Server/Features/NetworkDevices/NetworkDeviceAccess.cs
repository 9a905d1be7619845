using Vigil.Domain.Common;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices;

/// <summary>The unit checks every network-device use case makes before touching rows (the storage guard checks again).</summary>
internal static class NetworkDeviceAccess
{
    public static Error UnitNotFound(Guid unitId) =>
        Error.NotFound("unit.not_found", $"Unit {unitId} does not exist or is outside your scope.");

    public static Error DeviceNotFound(Guid deviceId) =>
        Error.NotFound("network_device.not_found", $"Network device {deviceId} does not exist or is outside your scope.");

    /// <summary>Null when the caller may read the unit; otherwise not-found, so a unit outside the scope is not revealed.</summary>
    public static Error? CheckRead(VigilDbContext db, Guid unitId) => db.Access.Scope.CanRead(unitId) ? null : UnitNotFound(unitId);

    public static Error? CheckWrite(VigilDbContext db, Guid unitId) =>
        CheckRead(db, unitId) ?? (db.Access.Scope.CanWrite(unitId) ? null
            : Error.Forbidden("unit.forbidden", "You may read this unit but not change its network devices or baselines."));
}
