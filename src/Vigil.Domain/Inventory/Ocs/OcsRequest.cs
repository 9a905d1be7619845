namespace Vigil.Domain.Inventory.Ocs;

/// <summary>One message of the OCS Inventory protocol (<c>&lt;REQUEST&gt;…&lt;/REQUEST&gt;</c>) as the agent sent it.</summary>
/// <param name="Query">The <c>QUERY</c> value in upper case: <see cref="OcsQuery.Prolog"/>, <see cref="OcsQuery.Inventory"/> or another.</param>
/// <param name="DeviceId">The agent's own stable name for the machine (<c>DEVICEID</c>).</param>
/// <param name="Report">The inventory, for <see cref="OcsQuery.Inventory"/> only.</param>
public sealed record OcsRequest(string Query, string DeviceId, InventoryReport? Report);

public static class OcsQuery
{
    /// <summary>"May I send?" — sent before every inventory.</summary>
    public const string Prolog = "PROLOG";

    public const string Inventory = "INVENTORY";
}
