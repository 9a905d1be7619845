namespace Vigil.Domain.Devices.Snmp;

/// <summary>An SNMPv3 user as the operator entered it: name, protocols and passphrases (never logged, never returned).</summary>
public sealed record UsmUser(string Name, UsmAuthProtocol AuthProtocol, string? AuthPassphrase, UsmPrivProtocol PrivProtocol, string? PrivPassphrase)
{
    public byte Flags => (byte)((AuthProtocol != UsmAuthProtocol.None ? SnmpMessage.FlagAuth : 0) | (PrivProtocol != UsmPrivProtocol.None ? SnmpMessage.FlagPriv : 0));

    /// <summary>The keys for one engine. The privacy key is derived with the authentication protocol's hash (RFC 3826 1.2).</summary>
    public UsmLocalizedUser Localize(ReadOnlySpan<byte> engineId)
    {
        var authKey = AuthProtocol == UsmAuthProtocol.None || AuthPassphrase is null ? [] : UsmKeys.Derive(AuthProtocol, AuthPassphrase, engineId);
        var privKey = PrivProtocol == UsmPrivProtocol.None || PrivPassphrase is null || AuthProtocol == UsmAuthProtocol.None ? []
            : UsmKeys.Derive(AuthProtocol, PrivPassphrase, engineId);
        return new UsmLocalizedUser(Name, AuthProtocol, authKey, PrivProtocol, privKey);
    }

    /// <summary>Never print passphrases, not even in a debugger's record display.</summary>
    public override string ToString() => $"UsmUser {{ Name = {Name}, AuthProtocol = {AuthProtocol}, PrivProtocol = {PrivProtocol} }}";
}
