namespace Vigil.Domain.Devices.Snmp;

/// <summary>The authoritative engine as last learnt: its id, boots and time (in seconds) at that moment.</summary>
public sealed record UsmEngine(byte[] EngineId, int Boots, int Time);
