namespace Vigil.Domain.Inventory.Import;

/// <summary>What importing one row does to the stored inventory.</summary>
public enum ImportAction
{
    New = 0,
    Updated = 1,
    Unchanged = 2,
}
