namespace Vigil.Contracts.V1;

/// <summary>An SNMP credential profile as the API shows it: the secrets are never returned, only whether they are set.</summary>
public sealed record SnmpCredentialProfileDto(
    Guid Id,
    Guid UnitId,
    string Name,
    string Version,
    string? UserName,
    string? AuthProtocol,
    string? PrivProtocol,
    string? ContextName,
    bool CommunitySet,
    bool AuthPassphraseSet,
    bool PrivPassphraseSet,
    DateTime UpdatedAt,
    string UpdatedBy);

/// <summary>
/// Creates or changes a profile. Version "v2c" needs a community; "v3" a user, an auth protocol (md5, sha, sha256) with
/// its passphrase and optionally a privacy protocol (aes128) with its passphrase. On a change an empty secret keeps the
/// stored one.
/// </summary>
public sealed record SnmpCredentialProfileWriteDto(
    string? Name,
    string? Version,
    string? Community = null,
    string? UserName = null,
    string? AuthProtocol = null,
    string? AuthPassphrase = null,
    string? PrivProtocol = null,
    string? PrivPassphrase = null,
    string? ContextName = null);

/// <summary>An address to poll with a profile, and its last poll's outcome.</summary>
public sealed record SnmpPollTargetDto(
    Guid Id,
    Guid UnitId,
    string Address,
    int Port,
    Guid ProfileId,
    string ProfileName,
    Guid? DeviceId,
    string? DeviceHostname,
    bool Enabled,
    DateTime? LastPolledAt,
    string? LastStatus,
    string? LastErrorCode,
    string? LastError,
    DateTime CreatedAt);

/// <summary>Creates or changes a poll target; port defaults to 161, enabled (scheduled polls) to true.</summary>
public sealed record SnmpPollTargetWriteDto(string? Address, Guid? ProfileId, int? Port = null, bool? Enabled = null);

/// <summary>A poll's outcome: "ok" with the stored device, or "error" with the code and reason.</summary>
public sealed record SnmpPollResultDto(Guid TargetId, string Status, string? ErrorCode, string? Error, DateTime PolledAt, NetworkDeviceStoredDto? Stored);
