namespace Vigil.Agent.Isolation;

/// <summary>What a firewall change did; <paramref name="PreviousState"/> is what release needs to put back (Windows profiles).</summary>
internal sealed record FirewallOutcome(bool Succeeded, string Detail, string? PreviousState = null);
