namespace Vigil.Agent.Configuration;

/// <summary>
/// What <c>vigil-agent install</c> writes and <c>run</c> reads. It holds the agent's credential, so the file is
/// readable by root/SYSTEM and administrators only.
/// </summary>
internal sealed record AgentConfig
{
    public required Uri ServerUrl { get; init; }

    public required Guid AgentId { get; init; }

    public required string Credential { get; init; }

    public string? UnitCode { get; init; }

    public string? UnitName { get; init; }

    /// <summary>SHA-256 (hex) of the server certificate's SubjectPublicKeyInfo; when set, only that key is trusted.</summary>
    public string? PinSha256 { get; init; }

    /// <summary>Allow http:// (tests on 127.0.0.1, lab set-ups). Default false: the credential never travels in clear.</summary>
    public bool AllowHttp { get; init; }

    public int HeartbeatSeconds { get; init; } = 60;

    public int InventoryHours { get; init; } = 6;

    /// <summary>How often the cheap fingerprint of the inventory is compared to the last one sent. Default 15 minutes.</summary>
    public int ChangeCheckMinutes { get; init; } = 15;

    /// <summary>Where reports wait until the server has them; default: "spool" beside the config file.</summary>
    public string? SpoolDirectory { get; init; }
}
