namespace Vigil.Domain.Devices.Snmp;

/// <summary>What one poll read from an agent: the system group and entPhysicalTable, as text.</summary>
public sealed record SnmpDeviceReading(string? SysDescr, string? SysObjectId, string? SysName, long? SysUpTimeTicks, IReadOnlyList<SnmpEntityRow> Entities);
