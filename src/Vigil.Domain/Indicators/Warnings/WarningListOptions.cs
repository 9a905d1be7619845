namespace Vigil.Domain.Indicators.Warnings;

/// <summary>What the warninglist checks against; defaults are the embedded lists and /16 (IPv4), /32 (IPv6).</summary>
public sealed record WarningListOptions
{
    /// <summary>IPv4 networks shorter than this prefix are too broad to block.</summary>
    public int MaxIpv4Prefix { get; init; } = 16;

    public int MaxIpv6Prefix { get; init; } = 32;

    /// <summary>The organisation's own networks, servers and resolvers (addresses or CIDRs).</summary>
    public IReadOnlyList<string> OwnNetworks { get; init; } = [];

    /// <summary>The organisation's own domains (e.g. "langson.gov.vn"); subdomains are covered.</summary>
    public IReadOnlyList<string> OwnDomains { get; init; } = [];

    public WellKnownList WellKnown { get; init; } = WellKnownList.Default;

    /// <summary>Domains that must keep resolving (malware kill switches); default: those of the built-in packs.</summary>
    public IReadOnlyCollection<string> KillSwitchDomains { get; init; } = Packs.IndicatorPacks.KillSwitchDomains;

    public static WarningListOptions Default { get; } = new();
}
