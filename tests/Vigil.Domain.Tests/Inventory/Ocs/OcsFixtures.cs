using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Ocs;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>The recorded and composed agent documents of tests/fixtures/ocs (see tests/fixtures/NOTICE.md).</summary>
internal static class OcsFixtures
{
    public const string Debian = "debian12-fusioninventory-2.6.xml";
    public const string Windows7 = "win7-sp1-fusioninventory-2.6.xml";
    public const string Windows10 = "win10-22h2-fusioninventory-2.6.xml";
    public const string WindowsXp = "winxp-sp3-ocs-2.1.xml";

    public static readonly DateTime ReceivedAt = new(2024, 5, 20, 1, 30, 0, DateTimeKind.Utc);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "ocs", name));

    public static InventoryReport Report(string name)
    {
        var result = OcsInventoryParser.ParseInventory(Bytes(name), ReceivedAt);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }
}
