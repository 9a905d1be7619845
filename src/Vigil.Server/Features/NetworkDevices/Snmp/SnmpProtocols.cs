using Vigil.Domain.Devices.Snmp;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>The stored and API names of the USM protocols.</summary>
internal static class SnmpProtocols
{
    public const string Md5 = "md5";
    public const string Sha = "sha";
    public const string Sha256 = "sha256";
    public const string Aes128 = "aes128";

    public static UsmAuthProtocol? Auth(string? name) => Normalise(name) switch
    {
        "md5" => UsmAuthProtocol.Md5,
        "sha" or "sha1" => UsmAuthProtocol.Sha1,
        "sha256" => UsmAuthProtocol.Sha256,
        _ => null,
    };

    public static UsmPrivProtocol? Priv(string? name) => Normalise(name) switch
    {
        "" or "none" => UsmPrivProtocol.None,
        "aes" or "aes128" => UsmPrivProtocol.Aes128,
        _ => null,
    };

    public static string Name(UsmAuthProtocol protocol) => protocol switch
    {
        UsmAuthProtocol.Md5 => Md5,
        UsmAuthProtocol.Sha1 => Sha,
        UsmAuthProtocol.Sha256 => Sha256,
        _ => "",
    };

    private static string Normalise(string? name) =>
        new string((name ?? "").Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
