namespace Vigil.Agent.Isolation;

/// <summary>
/// The isolation in force, kept in the agent's state directory so a restart or reboot puts it back before anything
/// else runs. Addresses are kept as resolved at isolate time: DNS may be unreachable after a reboot.
/// </summary>
internal sealed record IsolationState
{
    public required List<string> ServerAddresses { get; init; }

    public required int ServerPort { get; init; }

    public List<string> DnsServers { get; init; } = [];

    public bool AllowDhcp { get; init; } = true;

    public string? Reason { get; init; }

    public Guid? IncidentId { get; init; }

    public Guid? CommandId { get; init; }

    public DateTime AppliedAt { get; init; }

    /// <summary>What release restores (Windows firewall profiles); null on Linux, where removing the table is enough.</summary>
    public string? PreviousFirewall { get; init; }
}
