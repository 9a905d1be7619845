namespace Vigil.Domain.Indicators.Export;

/// <summary>What every exporter needs besides the indicators; the target-specific values have documented defaults.</summary>
public sealed record IndicatorExportOptions
{
    /// <summary>
    /// The moment the file is generated: indicators whose expiry is at or before it are left out, and file headers
    /// state it. A feed that wants byte-stable output passes the time the set last changed.
    /// </summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>
    /// The base name of sets, lists, ACLs and zones the target will hold ("vigil-block"); exporters restrict it to the
    /// characters their target accepts.
    /// </summary>
    public string Name { get; init; } = "vigil";

    /// <summary>
    /// Whether alert-only indicators go into block lists. Never for enforcement targets: a kill-switch domain must keep
    /// resolving. IDS formats write alert-only indicators as alert rules regardless.
    /// </summary>
    public bool IncludeAlertOnlyInLists { get; init; }

    /// <summary>
    /// Suricata/Snort inline (IPS) mode: block indicators get <c>drop</c> rules. Off by default, because a sensor on a
    /// SPAN port cannot drop and a wrong drop rule cuts traffic; alert-only indicators are always <c>alert</c>.
    /// </summary>
    public bool IpsMode { get; init; }

    /// <summary>First SID of the range Vigil's IDS rules use (local rules start at 1,000,000 by convention).</summary>
    public long SidBase { get; init; } = 9_700_000;

    /// <summary>Size of the SID range; a value's SID is a hash of it inside the range, so it stays the same across exports.</summary>
    public long SidRange { get; init; } = 1_000_000;

    /// <summary>The first word of every IDS rule message, so analysts see where a rule came from.</summary>
    public string MessagePrefix { get; init; } = "VIGIL";

    /// <summary>The RPZ zone's origin; named.conf's <c>response-policy</c> names the same zone.</summary>
    public string RpzOrigin { get; init; } = "rpz.vigil.";

    /// <summary>Whether the RPZ zone also gets IP triggers (<c>32.4.3.2.1.rpz-ip</c>) that rewrite answers pointing at a listed address.</summary>
    public bool RpzIpTriggers { get; init; } = true;

    /// <summary>
    /// Members per FortiGate address group; larger sets are split into numbered groups. 300 is below the per-group
    /// limit of every current FortiGate model (600 on most, 300 on the smallest).
    /// </summary>
    public int FortiGateGroupSize { get; init; } = 300;

    /// <summary>Addresses per Windows Firewall rule; larger sets get several rules (New-NetFirewallRule slows down and fails on very long lists).</summary>
    public int WindowsFirewallChunk { get; init; } = 500;
}
