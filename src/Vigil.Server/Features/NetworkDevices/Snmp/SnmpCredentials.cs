using Vigil.Domain.Devices.Snmp;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>A profile with its secrets decrypted, for the duration of one poll; never logged or returned.</summary>
public sealed record SnmpCredentials(bool IsV3, byte[] Community, UsmUser? User, byte[] ContextName)
{
    public override string ToString() => IsV3 ? $"SnmpCredentials {{ v3, {User} }}" : "SnmpCredentials { v2c }";
}
