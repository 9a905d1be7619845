namespace Vigil.Domain.Devices.Snmp;

/// <summary>One name and value of a PDU; requests carry NULL values.</summary>
public sealed record SnmpVarBind(SnmpOid Oid, SnmpValue Value);
