using Vigil.Domain.Indicators.Warnings;

namespace Vigil.Server.Features.Indicators;

/// <summary>Section <c>Vigil:Indicators</c>.</summary>
public sealed class IndicatorOptions
{
    public const string SectionName = "Vigil:Indicators";

    /// <summary>The organisation's own networks, servers and resolvers (addresses or CIDRs): never blocked without an override.</summary>
    public List<string> OwnNetworks { get; set; } = [];

    /// <summary>The organisation's own domains (e.g. <c>langson.gov.vn</c>); subdomains are covered.</summary>
    public List<string> OwnDomains { get; set; } = [];

    /// <summary>Largest file accepted by the import (default 16 MiB).</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most files in one import (default 20).</summary>
    public int MaxFiles { get; set; } = 20;

    public WarningListOptions WarningList() => new() { OwnNetworks = [.. OwnNetworks], OwnDomains = [.. OwnDomains] };
}
