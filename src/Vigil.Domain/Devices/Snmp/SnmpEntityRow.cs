namespace Vigil.Domain.Devices.Snmp;

/// <summary>One row of ENTITY-MIB entPhysicalTable; <see cref="Class"/> 3 is a chassis, 9 a module, 6 a power supply.</summary>
public sealed record SnmpEntityRow(uint Index, int Class, string? Description, string? Name, string? ModelName, string? Serial, string? SoftwareRev)
{
    public const int ChassisClass = 3;
}
