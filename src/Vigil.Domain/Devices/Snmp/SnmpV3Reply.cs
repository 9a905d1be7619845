namespace Vigil.Domain.Devices.Snmp;

/// <summary>An opened SNMPv3 reply: the PDU (a Response or a Report), the engine it came from and whether it was authenticated.</summary>
public sealed record SnmpV3Reply(SnmpPdu Pdu, UsmEngine Engine, bool Authenticated, byte[] ContextName);
