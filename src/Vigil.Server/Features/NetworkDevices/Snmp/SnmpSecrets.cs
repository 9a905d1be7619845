namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>What a credential profile keeps encrypted: the v2c community or the v3 passphrases.</summary>
public sealed record SnmpSecrets(string? Community, string? AuthPassphrase, string? PrivPassphrase)
{
    public override string ToString() => "SnmpSecrets { *** }";
}
