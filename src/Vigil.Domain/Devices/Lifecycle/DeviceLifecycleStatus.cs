namespace Vigil.Domain.Devices.Lifecycle;

/// <summary>Where a model stands on a given day: the last milestone passed. Later members are worse.</summary>
public enum DeviceLifecycleStatus
{
    /// <summary>No catalog entry covers the model (or the model is unknown).</summary>
    Unknown,

    /// <summary>Covered, and no milestone has passed.</summary>
    Supported,

    /// <summary>No longer sold; still maintained.</summary>
    EndOfSale,

    /// <summary>No more bug-fix releases; security fixes still come.</summary>
    EndOfSoftwareMaintenance,

    /// <summary>No more security fixes: the state a security directive cares about.</summary>
    EndOfSecuritySupport,

    /// <summary>Past the last date of support: no fixes, no vendor support at all.</summary>
    EndOfSupport,
}
