namespace Vigil.Domain.Isolation;

/// <summary>How a computer is isolated.</summary>
public enum IsolationMode
{
    /// <summary>Its Vigil agent applies host firewall rules (nftables, Windows Firewall).</summary>
    Agent,

    /// <summary>No capable agent: the devices in front of it block it (containment kits, quarantine feed).</summary>
    NetworkQuarantine,
}
