namespace Vigil.Server.Features.Isolation;

/// <summary>Configuration section "Isolation".</summary>
public sealed class IsolationOptions
{
    public const string Section = "Isolation";

    /// <summary>
    /// Addresses an isolated agent may still reach besides the addresses its server URL resolves to (other server
    /// instances behind a load balancer, an HTTP proxy the agent uses). Default: none.
    /// </summary>
    public List<string> ExtraAddresses { get; set; } = [];

    /// <summary>Keep DHCP working on isolated hosts so they keep their address. Default true.</summary>
    public bool AllowDhcp { get; set; } = true;
}
