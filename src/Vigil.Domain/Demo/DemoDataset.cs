using Vigil.Domain.Assets;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>A demo organisation with its inventory; units are listed parents first.</summary>
public sealed record DemoDataset(
    IReadOnlyList<OrgUnit> Units,
    IReadOnlyList<Computer> Computers,
    IReadOnlyList<NetworkDevice> NetworkDevices,
    IReadOnlyList<DemoUserSpec> Users);
