using Vigil.Domain.Common;

namespace Vigil.Domain.Assets;

/// <summary>
/// How a unit's devices are polled over SNMP: a v2c community, or a v3 user with its protocols. The secrets
/// (community, passphrases) are only in <see cref="ProtectedSecrets"/>, encrypted by the server; nothing returns them.
/// </summary>
public sealed class SnmpCredentialProfile : IUnitOwned
{
    public const string V2c = "v2c";
    public const string V3 = "v3";

    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    public string Name { get; set; } = "";

    /// <summary><see cref="V2c"/> or <see cref="V3"/>.</summary>
    public string Version { get; set; } = V2c;

    /// <summary>The v3 user name; null for v2c.</summary>
    public string? UserName { get; set; }

    /// <summary>"md5", "sha" or "sha256"; null for v2c or noAuth.</summary>
    public string? AuthProtocol { get; set; }

    /// <summary>"aes128"; null for v2c or noPriv.</summary>
    public string? PrivProtocol { get; set; }

    /// <summary>The v3 context name; null for the default context.</summary>
    public string? ContextName { get; set; }

    /// <summary>The community and passphrases, encrypted with the server's data-protection keys.</summary>
    public string ProtectedSecrets { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}
