namespace Vigil.Domain.Devices.Snmp;

/// <summary>RFC 3414 UsmSecurityParameters: the authoritative engine, its clock, the user and the auth and privacy parameters.</summary>
public sealed record UsmSecurityParameters(byte[] EngineId, int EngineBoots, int EngineTime, string UserName, byte[] AuthParameters, byte[] PrivParameters)
{
    /// <summary>The discovery request's: everything empty (RFC 3414 4).</summary>
    public static UsmSecurityParameters Discovery { get; } = new([], 0, 0, "", [], []);
}
