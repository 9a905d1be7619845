namespace Vigil.Domain.Agents;

/// <summary>The commands an agent understands. Isolation adds more kinds later.</summary>
public static class AgentCommandKinds
{
    /// <summary>Collect and send a full inventory now instead of at the next interval.</summary>
    public const string CollectInventory = "collect-inventory";

    public static IReadOnlyList<string> All { get; } = [CollectInventory];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);
}
