namespace Vigil.Domain.Indicators.Warnings;

/// <summary>The stable codes of <see cref="Warning.Code"/>.</summary>
public static class WarningCodes
{
    public const string Private = "ip.private";
    public const string Loopback = "ip.loopback";
    public const string LinkLocal = "ip.link_local";
    public const string Multicast = "ip.multicast";
    public const string ThisNetwork = "ip.this_network";
    public const string Cgnat = "ip.cgnat";
    public const string Reserved = "ip.reserved";
    public const string Documentation = "ip.documentation";
    public const string Broadcast = "ip.broadcast";
    public const string Unspecified = "ip.unspecified";
    public const string TooBroad = "cidr.too_broad";
    public const string OwnNetwork = "own.network";
    public const string OwnDomain = "own.domain";
    public const string ServiceAddress = "service.address";
    public const string ServiceDomain = "service.domain";
    public const string PublicSuffix = "domain.public_suffix";
    public const string EmptyFileHash = "hash.empty_file";
    public const string KillSwitch = "domain.kill_switch";
}
