using Vigil.Domain.Assets;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>
/// A demo organisation with its inventory; units are listed parents first. Computers are not rows but the reports
/// that the inventory channels would send (oldest first), so they enter through the same ingest as real ones.
/// </summary>
public sealed record DemoDataset(
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<InventoryReport> InventoryReports,
    IReadOnlyList<NetworkDevice> NetworkDevices,
    IReadOnlyList<DemoUserSpec> Users);
