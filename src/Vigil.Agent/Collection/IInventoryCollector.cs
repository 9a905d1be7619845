using Vigil.Contracts.Agent;

namespace Vigil.Agent.Collection;

/// <summary>Collects this computer's full inventory. Never throws for a missing or unreadable fact: it is null.</summary>
internal interface IInventoryCollector
{
    AgentInventoryDto Collect();
}
