namespace Vigil.Domain.Inventory;

/// <summary>Where a fact came from; the order is the trust order when identities are merged.</summary>
public enum InventorySource
{
    Agent = 0,
    Ocs = 1,
    Import = 2,
    Scan = 3,
    Manual = 4,
}
