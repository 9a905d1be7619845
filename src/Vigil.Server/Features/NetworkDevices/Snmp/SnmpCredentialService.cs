using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Snmp;
using Vigil.Storage;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// A unit's SNMP credential profiles. Secrets are write-only: stored encrypted, shown as "set", kept when a change
/// leaves them empty, never logged and never in the audit log.
/// </summary>
public sealed class SnmpCredentialService(VigilDbContext db, SnmpSecretProtector protector, TimeProvider clock)
{
    private const int MaxName = 100;
    private const int MaxSecret = 255;

    private readonly VigilDbContext _db = db;
    private readonly SnmpSecretProtector _protector = protector;
    private readonly TimeProvider _clock = clock;

    public async Task<Result<IReadOnlyList<SnmpCredentialProfileDto>>> ListAsync(Guid unitId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckRead(_db, unitId) is { } denied)
        {
            return denied;
        }

        var rows = await _db.SnmpCredentialProfiles.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Name).ToListAsync(ct);
        return rows.Select(ToDto).ToList();
    }

    public async Task<Result<SnmpCredentialProfileDto>> CreateAsync(Guid unitId, SnmpCredentialProfileWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(_db, unitId) is { } denied)
        {
            return denied;
        }

        if (!await _db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return NetworkDeviceAccess.UnitNotFound(unitId);
        }

        var profile = new SnmpCredentialProfile { Id = Guid.CreateVersion7(), UnitId = unitId };
        var applied = await ApplyAsync(profile, body, null, ct);
        if (applied is not null)
        {
            return applied;
        }

        _db.SnmpCredentialProfiles.Add(profile);
        _db.AddAuditEvent("snmp_profile_created", "SnmpCredentialProfile", profile.Id.ToString(), unitId, $"{profile.Name} ({profile.Version})");
        await _db.SaveChangesAsync(ct);
        return ToDto(profile);
    }

    public async Task<Result<SnmpCredentialProfileDto>> UpdateAsync(Guid unitId, Guid profileId, SnmpCredentialProfileWriteDto body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (NetworkDeviceAccess.CheckWrite(_db, unitId) is { } denied)
        {
            return denied;
        }

        var profile = await _db.SnmpCredentialProfiles.FirstOrDefaultAsync(p => p.Id == profileId && p.UnitId == unitId, ct);
        if (profile is null)
        {
            return NotFound(profileId);
        }

        var old = _protector.Unprotect(profile.ProtectedSecrets);
        var applied = await ApplyAsync(profile, body, old, ct);
        if (applied is not null)
        {
            return applied;
        }

        _db.AddAuditEvent("snmp_profile_changed", "SnmpCredentialProfile", profile.Id.ToString(), unitId, $"{profile.Name} ({profile.Version})");
        await _db.SaveChangesAsync(ct);
        return ToDto(profile);
    }

    public async Task<Result<bool>> DeleteAsync(Guid unitId, Guid profileId, CancellationToken ct)
    {
        if (NetworkDeviceAccess.CheckWrite(_db, unitId) is { } denied)
        {
            return denied;
        }

        var profile = await _db.SnmpCredentialProfiles.FirstOrDefaultAsync(p => p.Id == profileId && p.UnitId == unitId, ct);
        if (profile is null)
        {
            return NotFound(profileId);
        }

        if (await _db.SnmpPollTargets.AnyAsync(t => t.ProfileId == profileId, ct))
        {
            return Error.Conflict("snmp_profile.in_use", $"Profile '{profile.Name}' is used by poll targets; move or delete them first.");
        }

        _db.SnmpCredentialProfiles.Remove(profile);
        _db.AddAuditEvent("snmp_profile_deleted", "SnmpCredentialProfile", profile.Id.ToString(), unitId, profile.Name);
        await _db.SaveChangesAsync(ct);
        return true;
    }

    internal static Error NotFound(Guid profileId) =>
        Error.NotFound("snmp_profile.not_found", $"SNMP credential profile {profileId} does not exist in this unit or is outside your scope.");

    /// <summary>The profile's secrets decrypted for a poll, or the reason they cannot be used.</summary>
    internal Result<SnmpCredentials> Open(SnmpCredentialProfile profile)
    {
        var secrets = _protector.Unprotect(profile.ProtectedSecrets);
        if (secrets is null)
        {
            return Error.Validation("snmp_profile.secrets_unreadable",
                $"The secrets of profile '{profile.Name}' cannot be decrypted (the server's keys changed); enter them again.");
        }

        var context = System.Text.Encoding.UTF8.GetBytes(profile.ContextName ?? "");
        if (profile.Version == SnmpCredentialProfile.V2c)
        {
            return new SnmpCredentials(false, System.Text.Encoding.UTF8.GetBytes(secrets.Community ?? ""), null, context);
        }

        var user = new UsmUser(profile.UserName ?? "", SnmpProtocols.Auth(profile.AuthProtocol) ?? UsmAuthProtocol.None, secrets.AuthPassphrase,
            SnmpProtocols.Priv(profile.PrivProtocol) ?? UsmPrivProtocol.None, secrets.PrivPassphrase);
        return new SnmpCredentials(true, [], user, context);
    }

    private async Task<Error?> ApplyAsync(SnmpCredentialProfile profile, SnmpCredentialProfileWriteDto body, SnmpSecrets? old, CancellationToken ct)
    {
        var name = body.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxName)
        {
            return Error.Validation("snmp_profile.name_invalid", $"A profile needs a name of 1 to {MaxName} characters.", "name");
        }

        if (await _db.SnmpCredentialProfiles.AnyAsync(p => p.UnitId == profile.UnitId && p.Name == name && p.Id != profile.Id, ct))
        {
            return Error.Conflict("snmp_profile.name_taken", $"The unit already has a profile named '{name}'.");
        }

        var version = (body.Version ?? "").Trim().ToLowerInvariant();
        var sameVersion = version == profile.Version && old is not null;
        string? Keep(string? given, string? stored) => string.IsNullOrEmpty(given) ? (sameVersion ? stored : null) : given;
        SnmpSecrets secrets;
        if (version == SnmpCredentialProfile.V2c)
        {
            var community = Keep(body.Community, old?.Community);
            if (string.IsNullOrEmpty(community) || community.Length > MaxSecret)
            {
                return Error.Validation("snmp_profile.community_required", $"SNMP v2c needs a community of 1 to {MaxSecret} characters.", "community");
            }

            secrets = new SnmpSecrets(community, null, null);
            (profile.UserName, profile.AuthProtocol, profile.PrivProtocol, profile.ContextName) = (null, null, null, null);
        }
        else if (version == SnmpCredentialProfile.V3)
        {
            var user = body.UserName?.Trim() ?? "";
            var auth = SnmpProtocols.Auth(body.AuthProtocol);
            var priv = SnmpProtocols.Priv(body.PrivProtocol);
            var context = body.ContextName?.Trim() ?? "";
            if (user.Length is 0 or > 32)
            {
                return Error.Validation("snmp_profile.user_invalid", "SNMPv3 needs a user name of 1 to 32 characters.", "userName");
            }

            if (auth is null)
            {
                return Error.Validation("snmp_profile.auth_protocol_invalid", "The authentication protocol must be md5, sha or sha256.", "authProtocol");
            }

            if (priv is null)
            {
                return Error.Validation("snmp_profile.priv_protocol_invalid", "The privacy protocol must be aes128 or empty (no privacy).", "privProtocol");
            }

            var authPass = Keep(body.AuthPassphrase, old?.AuthPassphrase);
            var privPass = priv == UsmPrivProtocol.None ? null : Keep(body.PrivPassphrase, old?.PrivPassphrase);
            if (authPass is null || authPass.Length is < UsmKeys.MinPassphraseLength or > MaxSecret)
            {
                return Error.Validation("snmp_profile.auth_passphrase_invalid", $"The authentication passphrase needs {UsmKeys.MinPassphraseLength} to {MaxSecret} characters.", "authPassphrase");
            }

            if (priv != UsmPrivProtocol.None && (privPass is null || privPass.Length is < UsmKeys.MinPassphraseLength or > MaxSecret))
            {
                return Error.Validation("snmp_profile.priv_passphrase_invalid", $"The privacy passphrase needs {UsmKeys.MinPassphraseLength} to {MaxSecret} characters.", "privPassphrase");
            }

            if (context.Length > 64)
            {
                return Error.Validation("snmp_profile.context_invalid", "The context name has at most 64 characters.", "contextName");
            }

            secrets = new SnmpSecrets(null, authPass, privPass);
            profile.UserName = user;
            profile.AuthProtocol = SnmpProtocols.Name(auth.Value);
            profile.PrivProtocol = priv == UsmPrivProtocol.None ? null : SnmpProtocols.Aes128;
            profile.ContextName = context.Length == 0 ? null : context;
        }
        else
        {
            return Error.Validation("snmp_profile.version_invalid", "The SNMP version must be v2c or v3.", "version");
        }

        profile.Name = name;
        profile.Version = version;
        profile.ProtectedSecrets = _protector.Protect(secrets);
        profile.UpdatedAt = _clock.GetUtcNow().UtcDateTime;
        profile.UpdatedBy = _db.Access.ActorName;
        return null;
    }

    private SnmpCredentialProfileDto ToDto(SnmpCredentialProfile p)
    {
        var secrets = _protector.Unprotect(p.ProtectedSecrets);
        return new SnmpCredentialProfileDto(p.Id, p.UnitId, p.Name, p.Version, p.UserName, p.AuthProtocol, p.PrivProtocol, p.ContextName,
            !string.IsNullOrEmpty(secrets?.Community), !string.IsNullOrEmpty(secrets?.AuthPassphrase), !string.IsNullOrEmpty(secrets?.PrivPassphrase),
            p.UpdatedAt, p.UpdatedBy);
    }
}
