namespace Vigil.Domain.Devices.Snmp;

/// <summary>A user's keys localised to one authoritative engine.</summary>
public sealed record UsmLocalizedUser(string Name, UsmAuthProtocol AuthProtocol, byte[] AuthKey, UsmPrivProtocol PrivProtocol, byte[] PrivKey)
{
    public byte Flags => (byte)((AuthProtocol != UsmAuthProtocol.None ? SnmpMessage.FlagAuth : 0) | (PrivProtocol != UsmPrivProtocol.None ? SnmpMessage.FlagPriv : 0));

    public override string ToString() => $"UsmLocalizedUser {{ Name = {Name}, AuthProtocol = {AuthProtocol}, PrivProtocol = {PrivProtocol} }}";
}
