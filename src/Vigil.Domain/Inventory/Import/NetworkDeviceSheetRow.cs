namespace Vigil.Domain.Inventory.Import;

/// <summary>One valid row of a network-devices sheet, normalised.</summary>
/// <param name="Unit">The unit code's cell, so later checks of the unit can point at it.</param>
/// <param name="Kind">One of <see cref="NetworkDeviceKinds"/>' stored names.</param>
/// <param name="Vendor">Known vendors in one spelling; empty when the sheet does not say.</param>
public sealed record NetworkDeviceSheetRow(
    CellLocation Unit,
    string UnitCode,
    string Hostname,
    string HostnameKey,
    string Kind,
    string Vendor,
    string? Model,
    string? SerialNumber,
    string? Firmware,
    string? ManagementIp,
    string? Location,
    string? Notes);
