using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Features.InventoryImport;

internal static partial class InventoryTemplate
{
    // Generated once per process: the templates depend only on the column catalogue.
    private static readonly Lazy<byte[]> s_xlsx = new(Xlsx);
    private static readonly Lazy<byte[]> s_computersCsv = new(() => Csv(InventorySheetKind.Computers));
    private static readonly Lazy<byte[]> s_devicesCsv = new(() => Csv(InventorySheetKind.NetworkDevices));

    public static byte[] CachedXlsx => s_xlsx.Value;

    public static byte[] CachedCsv(InventorySheetKind kind) => kind == InventorySheetKind.Computers ? s_computersCsv.Value : s_devicesCsv.Value;

    public static string CsvFileName(InventorySheetKind kind) => kind == InventorySheetKind.Computers ? ComputersCsvFileName : NetworkDevicesCsvFileName;
}
