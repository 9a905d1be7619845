using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// Encrypts credential profiles' secrets with the server's data-protection keys (kept in the database, shared by every
/// instance) under a purpose of their own, so no other protected payload can be swapped in. Unlike passwords these
/// must be read back to poll, so they are encrypted, not hashed.
/// </summary>
public sealed class SnmpSecretProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "Vigil.NetworkDevices.Snmp.Credentials.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(SnmpSecrets secrets) => _protector.Protect(JsonSerializer.Serialize(secrets));

    /// <summary>Null when the payload cannot be decrypted (keys lost or the row tampered with).</summary>
    public SnmpSecrets? Unprotect(string protectedSecrets)
    {
        try
        {
            return JsonSerializer.Deserialize<SnmpSecrets>(_protector.Unprotect(protectedSecrets));
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
