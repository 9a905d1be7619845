namespace Vigil.Domain.Agents;

/// <summary>The commands an agent understands.</summary>
public static class AgentCommandKinds
{
    /// <summary>Collect and send a full inventory now instead of at the next interval.</summary>
    public const string CollectInventory = "collect-inventory";

    /// <summary>Cut the computer off the network except for the Vigil server (payload: IsolationCommandDto).</summary>
    public const string Isolate = "isolate";

    /// <summary>Remove the isolation and restore the previous firewall state.</summary>
    public const string Release = "release";

    public static IReadOnlyList<string> All { get; } = [CollectInventory, Isolate, Release];

    /// <summary>Kinds only the isolation feature queues (they carry a payload and a state); not for the generic command route.</summary>
    public static bool IsIsolation(string? kind) => kind is Isolate or Release;

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
