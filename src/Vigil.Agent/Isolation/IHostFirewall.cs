using Vigil.Domain.Isolation;

namespace Vigil.Agent.Isolation;

/// <summary>The host firewall the agent isolates with: nftables on Linux, Windows Firewall on Windows.</summary>
internal interface IHostFirewall
{
    string Name { get; }

    /// <summary>Puts the policy in force in one step, replacing an earlier isolation; remembers what release must restore.</summary>
    Task<FirewallOutcome> ApplyAsync(IsolationPolicy policy, CancellationToken ct);

    /// <summary>Removes the isolation and restores <paramref name="previousState"/> (from the apply that started it).</summary>
    Task<FirewallOutcome> RemoveAsync(string? previousState, CancellationToken ct);

    /// <summary>True when the isolation rules are in force now; null when it cannot be told.</summary>
    Task<bool?> IsActiveAsync(CancellationToken ct);
}
